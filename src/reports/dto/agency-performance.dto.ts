import { ApiProperty } from '@nestjs/swagger';
import { OrganizationRefDto } from '../../organizations/dto/organization.dto.js';

export class PerformanceFiguresDto {
  @ApiProperty({ description: 'Tổng số nhiệm vụ đến hạn: deadline in force within [from, to], not cancelled (paused ones included).' })
  due!: number;
  @ApiProperty({ description: 'Hoàn thành đúng hạn: completion = completed_on_time.' }) completedOnTime!: number;
  @ApiProperty({ description: 'Hoàn thành quá hạn: completion = completed_late.' }) completedLate!: number;
  @ApiProperty({
    description:
      'Chưa hoàn thành, trong hạn: not completed, deadline not yet passed as of asOf (awaiting confirmation: at its submission); deadlineStatus on_track or due_soon, and paused ones due on or after asOf.',
  })
  openWithinDeadline!: number;
  @ApiProperty({
    description:
      'Chưa hoàn thành, quá hạn: not completed, deadline passed as of asOf (awaiting confirmation: at its submission); deadlineStatus overdue, and paused ones due before asOf.',
  })
  openOverdue!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Tỷ lệ hoàn thành đúng hạn (%): completedOnTime / due × 100, one decimal; null when due = 0.',
  })
  onTimeRate!: number | null;
  @ApiProperty({ description: 'Of `due`, those paused by a leader (counted in the open columns by their deadline).' }) paused!: number;
  @ApiProperty({ description: 'Issued (at a meeting held) in the period, whatever their deadline; cancelled ones left out.' })
  issued!: number;
  @ApiProperty({ description: 'Of those issued in the period, the ones without a deadline.' }) withoutDeadline!: number;
}

export class AgencyPerformanceRowDto extends PerformanceFiguresDto {
  @ApiProperty({ type: OrganizationRefDto }) leadOrganization!: OrganizationRefDto;
}

export class AgencyPerformanceListsDto {
  @ApiProperty({ type: String, isArray: true }) completedOnTime!: string[];
  @ApiProperty({ type: String, isArray: true }) completedLate!: string[];
  @ApiProperty({ type: String, isArray: true }) openWithinDeadline!: string[];
  @ApiProperty({ type: String, isArray: true }) openOverdue!: string[];
  @ApiProperty({ type: String, isArray: true }) paused!: string[];
}

export class AgencyPerformanceDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({
    type: AgencyPerformanceRowDto,
    isArray: true,
    description: 'One row per lead agency with a directive due or issued in the period; by onTimeRate (null last), then due, then name.',
  })
  rows!: AgencyPerformanceRowDto[];
  @ApiProperty({ type: PerformanceFiguresDto }) totals!: PerformanceFiguresDto;
  @ApiProperty({
    type: AgencyPerformanceListsDto,
    description:
      'For each figure, the query strings of GET /directives whose items together make it up (add leadOrganizationId for one row). `due` is the four columns together; the open columns include a status=paused query for the paused side of asOf when the period has one.',
  })
  lists!: AgencyPerformanceListsDto;
}
