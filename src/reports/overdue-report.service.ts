import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { decodeCursor, pageSize, toPage } from '../common/http/pagination.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { runPrepared } from '../database/prepared-query.js';
import type { OverdueQueryDto } from './dto/report-query.dto.js';
import { type OverdueGroupDto, type OverdueReportDto, toOverdueDirective } from './dto/overdue-report.dto.js';
import { overdueCounts, overduePage } from './report-sql.js';
import { reportScope } from './report-scope.js';

@Injectable()
export class OverdueReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Pages run over directives (most days overdue first, then id); each page
   * groups its own rows by lead agency, and each group carries the agency's
   * count over every page, so a group can continue on the next page.
   */
  async overdue(query: OverdueQueryDto, viewer: Actor): Promise<OverdueReportDto> {
    const asOf = query.asOf ?? this.clock.today();
    const leads = [...reportScope(viewer), ...(query.leadOrganizationId ? [query.leadOrganizationId] : [])];
    const limit = pageSize(query);
    const after = query.cursor ? decodeCursor(query.cursor, ['integer', 'uuid']) : null;
    const em = this.dataSource.manager;
    const base = [asOf, this.config.timeZone, ...leads];
    const rows = await runPrepared(em, overduePage(leads.length, after !== null), [...base, ...(after ?? []), limit + 1]);
    const counts = await runPrepared(em, overdueCounts(leads.length), base);
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
}
