import { Inject, Injectable, type StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { compareVietnamese } from '../common/text/vietnamese-order.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { runPrepared } from '../database/prepared-query.js';
import type { ExportTarget } from '../exports/export-format.js';
import { answerOrExport } from '../exports/send-export.js';
import type {
  AgencyPerformanceDto,
  AgencyPerformanceListsDto,
  AgencyPerformanceRowDto,
  PerformanceFiguresDto,
} from './dto/agency-performance.dto.js';
import type { AgencyPerformanceQueryDto } from './dto/report-query.dto.js';
import { percentOneDecimal } from './percent.js';
import { leagueTable } from './report-exports.js';
import { agencyPerformance, type AgencyPerformanceRow } from './report-sql.js';
import { reportScope } from './report-scope.js';
import { periodReversed } from './reports.errors.js';

type Counts = Omit<PerformanceFiguresDto, 'onTimeRate'>;
const COUNTED: (keyof Counts)[] = [
  'due',
  'completedOnTime',
  'completedLate',
  'openWithinDeadline',
  'openOverdue',
  'paused',
  'issued',
  'withoutDeadline',
];

function figures(counts: Counts): PerformanceFiguresDto {
  return { ...counts, onTimeRate: percentOneDecimal(counts.completedOnTime, counts.due) };
}

function countsOf(row: AgencyPerformanceRow): Counts {
  return {
    due: row.due,
    completedOnTime: row.completed_on_time,
    completedLate: row.completed_late,
    openWithinDeadline: row.open_within_deadline,
    openOverdue: row.open_overdue,
    paused: row.paused,
    issued: row.issued,
    withoutDeadline: row.without_deadline,
  };
}

/** The day before / after a date: GET /directives's dueAfter and dueBefore are strict. */
function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

@Injectable()
export class AgencyPerformanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The league table as JSON, or as an XLSX or CSV file of the same rows and totals. */
  async answer(query: AgencyPerformanceQueryDto, viewer: Actor, target: ExportTarget): Promise<AgencyPerformanceDto | StreamableFile> {
    const report = await this.table(query, viewer);
    return answerOrExport(
      target,
      () => Promise.resolve(report),
      () => leagueTable(report, this.config.timeZone),
    );
  }

  /** The periodic report's league table (bảng tổng hợp kết quả thực hiện nhiệm vụ). */
  async table(query: AgencyPerformanceQueryDto, viewer: Actor): Promise<AgencyPerformanceDto> {
    if (query.from > query.to) throw periodReversed(query.from, query.to);
    const asOf = query.asOf ?? this.clock.today();
    const [own] = reportScope(viewer);
    const params = [query.from, query.to, asOf, this.config.timeZone] as const;
    const em = this.dataSource.manager;
    const found =
      own === undefined
        ? await runPrepared(em, agencyPerformance.all, [...params])
        : await runPrepared(em, agencyPerformance.scoped, [...params, own]);
    const rows: AgencyPerformanceRowDto[] = found
      .map((row) => ({
        leadOrganization: { id: row.lead_id, name: row.lead_name, shortName: row.lead_short_name },
        ...figures(countsOf(row)),
      }))
      .sort(
        (a, b) =>
          (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) ||
          b.due - a.due ||
          compareVietnamese(a.leadOrganization.name, b.leadOrganization.name),
      );
    const totals = Object.fromEntries(COUNTED.map((key) => [key, rows.reduce((sum, row) => sum + row[key], 0)])) as unknown as Counts;
    return { from: query.from, to: query.to, asOf, rows, totals: figures(totals), lists: this.lists(query.from, query.to, asOf) };
  }

  /**
   * Paused directives have no deadline status, so each open column adds the
   * paused ones on its side of asOf (due on asOf is still within the deadline),
   * when that side of the period is not empty.
   */
  private lists(from: string, to: string, asOf: string): AgencyPerformanceListsDto {
    const between = (first: string, last: string) => `dueAfter=${shift(first, -1)}&dueBefore=${shift(last, 1)}`;
    const period = between(from, to);
    const judged = (status: string) => `deadlineStatus=${status}&asOf=${asOf}&${period}`;
    const pausedWithin = from > asOf ? from : asOf;
    const pausedOverdue = to < asOf ? to : shift(asOf, -1);
    return {
      completedOnTime: [`completion=completed_on_time&${period}`],
      completedLate: [`completion=completed_late&${period}`],
      openWithinDeadline: [
        judged('on_track'),
        judged('due_soon'),
        ...(pausedWithin <= to ? [`status=paused&${between(pausedWithin, to)}`] : []),
      ],
      openOverdue: [judged('overdue'), ...(from <= pausedOverdue ? [`status=paused&${between(from, pausedOverdue)}`] : [])],
      paused: [`status=paused&${period}`],
    };
  }
}
