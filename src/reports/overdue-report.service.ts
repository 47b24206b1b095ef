import { Inject, Injectable, type StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { decodeCursor, pageSize, toPage } from '../common/http/pagination.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { runPrepared } from '../database/prepared-query.js';
import type { ExportTarget } from '../exports/export-format.js';
import { answerOrExport } from '../exports/send-export.js';
import type { OverdueQueryDto } from './dto/report-query.dto.js';
import { type OverdueGroupDto, type OverdueReportDto, toOverdueDirective } from './dto/overdue-report.dto.js';
import { type OverdueLine, overdueTable } from './report-exports.js';
import { overdueCounts, overduePage, type OverdueRow } from './report-sql.js';
import { reportScope } from './report-scope.js';

// Rows a page of an export reads: as many as the directive list's export.
const EXPORT_BATCH = 1000;

@Injectable()
export class OverdueReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One page as JSON, or every page as one XLSX or CSV file (limit and cursor ignored). */
  answer(query: OverdueQueryDto, viewer: Actor, target: ExportTarget): Promise<OverdueReportDto | StreamableFile> {
    // One as-of date for the whole file, even when the export runs past midnight.
    const asOf = query.asOf ?? this.clock.today();
    return answerOrExport(
      target,
      () => this.overdue({ ...query, asOf }, viewer),
      () =>
        overdueTable(this.allOverdue(asOf, this.leads(query, viewer)), {
          asOf,
          timeZone: this.config.timeZone,
          leadOrganizationId: query.leadOrganizationId,
        }),
    );
  }

  /**
   * Pages run over directives (most days overdue first, then id); each page
   * groups its own rows by lead agency, and each group carries the agency's
   * count over every page, so a group can continue on the next page.
   */
  async overdue(query: OverdueQueryDto, viewer: Actor): Promise<OverdueReportDto> {
    const asOf = query.asOf ?? this.clock.today();
    const leads = this.leads(query, viewer);
    const limit = pageSize(query);
    const after = query.cursor ? decodeCursor(query.cursor, ['integer', 'uuid']) : null;
    const rows = await this.rows(asOf, leads, after, limit + 1);
    const counts = await runPrepared(this.dataSource.manager, overdueCounts(leads.length), [asOf, this.config.timeZone, ...leads]);
    const page = toPage(
      rows,
      limit,
      (row) => [String(row.days_overdue), row.id],
      (row) => row,
    );

    const countOf = new Map(counts.map((c) => [c.lead_id, c.count]));
    const groups = new Map<string, OverdueGroupDto>();
    for (const row of page.items) {
      let group = groups.get(row.lead_id);
      if (!group) {
        group = {
          leadOrganization: { id: row.lead_id, name: row.lead_name, shortName: row.lead_short_name },
          count: countOf.get(row.lead_id) ?? 0,
          directives: [],
        };
        groups.set(row.lead_id, group);
      }
      group.directives.push(toOverdueDirective(row));
    }
    return {
      asOf,
      total: counts.reduce((sum, c) => sum + c.count, 0),
      groups: [...groups.values()],
      nextCursor: page.nextCursor,
    };
  }

  /**
   * Every overdue directive, in keyset pages in the report's order: what an
   * export writes. Each page is its own statement, as in the directive list's export.
   */
  private async *allOverdue(asOf: string, leads: string[]): AsyncGenerator<OverdueLine[]> {
    let after: string[] | null = null;
    for (;;) {
      const rows = await this.rows(asOf, leads, after, EXPORT_BATCH);
      yield rows.map((row) => ({
        leadOrganization: { id: row.lead_id, name: row.lead_name, shortName: row.lead_short_name },
        ...toOverdueDirective(row),
      }));
      if (rows.length < EXPORT_BATCH) return;
      const last = rows[rows.length - 1]!;
      after = [String(last.days_overdue), last.id];
    }
  }

  /** The lead agencies the answer is limited to: the viewer's own (agency roles), and the one asked for. */
  private leads(query: OverdueQueryDto, viewer: Actor): string[] {
    return [...reportScope(viewer), ...(query.leadOrganizationId ? [query.leadOrganizationId] : [])];
  }

  /** Up to `limit` overdue directives after the cursor's (days overdue, id), most days overdue first. */
  private rows(asOf: string, leads: string[], after: unknown[] | null, limit: number): Promise<OverdueRow[]> {
    const params = [asOf, this.config.timeZone, ...leads, ...(after ?? []), limit];
    return runPrepared(this.dataSource.manager, overduePage(leads.length, after !== null), params);
  }
}
