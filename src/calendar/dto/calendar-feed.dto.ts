import { ApiProperty } from '@nestjs/swagger';
import { EnumField } from '../../common/validation/fields.js';
import { FEED_SCOPES, type FeedScope } from '../calendar-feed.entity.js';

export class CreateCalendarFeedDto {
  @EnumField(FEED_SCOPES, {
    description:
      '`me`: the directives whose owner is your own person record and the meetings you attend or chair; ' +
      '`organization`: every directive you may see (an agency’s users: those their agency leads or cooperates on) and their meetings.',
  })
  scope!: FeedScope;
}

export class CalendarFeedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: FEED_SCOPES }) scope!: FeedScope;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: string | null;
}

export class CreatedCalendarFeedDto extends CalendarFeedDto {
  @ApiProperty({
    description:
      'The address to subscribe to. It is shown this once: only a hash of its secret is kept. Anyone with it reads the calendar.',
    example: 'https://chidao.example.gov.vn/api/v1/calendar/3q2-7wEXAMPLEsecret.ics',
  })
  url!: string;
}

export class CalendarFeedListDto {
  @ApiProperty({ type: CalendarFeedDto, isArray: true }) items!: CalendarFeedDto[];
}
