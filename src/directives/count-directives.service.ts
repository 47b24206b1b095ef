import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { directiveScope } from '../access/directive-scope.js';
import type { Actor } from '../common/actor.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { escapeLike } from '../database/guarded-update.js';
import { runPrepared } from '../database/prepared-query.js';
import { type CountFilter, directiveCountsStatement } from './directive-counts.js';
import { type DirectiveCountsDto, type DirectiveCountsQueryDto, toDirectiveCounts } from './dto/directive-counts.dto.js';

/**
 * GET /directives/counts: how many directives of the list each status filter would show, without
 * reading them. Scoped in the SQL like the list, so an agency counts only what it may see.
 */
@Injectable()
export class CountDirectivesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async count(query: DirectiveCountsQueryDto, viewer: Actor): Promise<DirectiveCountsDto> {
    const scope = directiveScope(viewer);
    const conditions: Partial<Record<CountFilter, unknown[]>> = {};
    if (scope) conditions.scope = [scope];
    if (query.leadOrganizationId) conditions.lead = [query.leadOrganizationId];
    if (query.cooperatingOrganizationId) conditions.cooperating = [query.cooperatingOrganizationId];
    if (query.meetingId) conditions.meeting = [query.meetingId];
    if (query.dueBefore) conditions.dueBefore = [query.dueBefore];
    if (query.dueAfter) conditions.dueAfter = [query.dueAfter];
    if (query.ownerId) conditions.owner = [query.ownerId];
    if (query.priority) conditions.priority = [query.priority];
    if (query.q) conditions.title = [`%${escapeLike(query.q)}%`];
    const judged = { asOf: query.asOf ?? this.clock.today(), timeZone: this.config.timeZone, dueSoonDays: this.config.dueSoonDays };
    const statement = directiveCountsStatement(judged, conditions);
    const [row] = await runPrepared(this.dataSource.manager, statement.query, statement.params);
    return toDirectiveCounts(row!);
  }
}
