import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, type Page, pageSize, toPage } from '../common/http/pagination.js';
import { Clock } from '../common/time/clock.js';
import { escapeLike } from '../database/guarded-update.js';
import type { DeadlineStatus } from './deadline-status.js';
import type { Actor } from '../common/actor.js';
import { directiveScope } from '../access/directive-scope.js';
import { workflowParties } from '../access/workflow-parties.js';
import { allowedActions } from '../followup/workflow.js';
import { allowedOperations } from '../followup/directive-operations.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { runPrepared } from '../database/prepared-query.js';
import { directiveById, directiveListStatement, directivesOfMeeting, type DirectiveRow, type ListFilter } from './directive-reads.js';
import { directiveNotFound } from './directives.errors.js';
import { type DirectiveResponseDto, type ListDirectivesQueryDto, toDirectiveResponse } from './dto/directive-response.dto.js';

/**
 * Reads directives with everything a person needs to see about them, one
 * prepared statement per answer. What the viewer may see is part of the SQL
 * (`directiveVisibleSql`), so a list never holds what they may not see.
 */
const DEADLINE_FILTERS: Record<DeadlineStatus, ListFilter> = {
  overdue: 'overdue',
  due_soon: 'dueSoon',
  on_track: 'onTrack',
  no_deadline: 'noDeadline',
};

/** Rows per statement when a whole list is read for an export. */
const EXPORT_BATCH = 1000;

@Injectable()
export class DirectiveQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A directive the caller may see; any other answers 404, as if it did not exist. */
  async getDirective(
    id: string,
    viewer: Actor,
    { em = this.dataSource.manager, asOf }: { em?: EntityManager; asOf?: string } = {},
  ): Promise<DirectiveResponseDto> {
    const scope = directiveScope(viewer);
    const [row] = scope ? await runPrepared(em, directiveById.scoped, [id, scope]) : await runPrepared(em, directiveById.all, [id]);
    if (!row) throw directiveNotFound(id);
    return this.toResponses([row], viewer, asOf)[0]!;
  }

  /** The directives of one meeting, in the order they were concluded. */
  async directivesOfMeeting(em: EntityManager, meetingId: string, viewer: Actor, asOf?: string): Promise<DirectiveResponseDto[]> {
    const scope = directiveScope(viewer);
    const rows = scope
      ? await runPrepared(em, directivesOfMeeting.scoped, [meetingId, scope])
      : await runPrepared(em, directivesOfMeeting.all, [meetingId]);
    return this.toResponses(rows, viewer, asOf);
  }

  /** Sorted by deadline (no deadline last), then id; keyset-paginated on that order. */
  listDirectives(query: ListDirectivesQueryDto, viewer: Actor): Promise<Page<DirectiveResponseDto>> {
    return this.listPage(query, viewer, pageSize(query), query.cursor);
  }

  /**
   * The whole list the query selects, from its start whatever its `limit` and
   * `cursor`, in keyset pages of `batchSize`: what an export writes. Each page
   * is its own statement, not one long transaction (a slow reader must not hold
   * a connection, which on the embedded database is the only one): a directive
   * whose deadline changes during the export may appear at its old or new place.
   */
  async *allDirectives(query: ListDirectivesQueryDto, viewer: Actor, batchSize = EXPORT_BATCH): AsyncGenerator<DirectiveResponseDto[]> {
    let cursor: string | undefined;
    do {
      const page = await this.listPage(query, viewer, batchSize, cursor);
      yield page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }

  private async listPage(
    query: ListDirectivesQueryDto,
    viewer: Actor,
    limit: number,
    cursor: string | undefined,
  ): Promise<Page<DirectiveResponseDto>> {
    const scope = directiveScope(viewer);
    const conditions: Partial<Record<ListFilter, unknown[]>> = {};
    if (scope) conditions.scope = [scope];
    if (query.leadOrganizationId) conditions.lead = [query.leadOrganizationId];
    if (query.cooperatingOrganizationId) conditions.cooperating = [query.cooperatingOrganizationId];
    if (query.meetingId) conditions.meeting = [query.meetingId];
    if (query.status) conditions.status = [query.status];
    if (query.dueBefore) conditions.dueBefore = [query.dueBefore];
    if (query.dueAfter) conditions.dueAfter = [query.dueAfter];
    if (query.ownerId) conditions.owner = [query.ownerId];
    if (query.priority) conditions.priority = [query.priority];
    if (query.completion) conditions.completion = [query.completion];
    if (query.q) conditions.title = [`%${escapeLike(query.q)}%`];
    if (query.pendingExtension === 'true') conditions.pendingExtension = [];
    if (query.deadlineStatus) {
      const judged = [query.asOf ?? this.clock.today(), this.config.timeZone];
      const days = this.config.dueSoonDays;
      conditions[DEADLINE_FILTERS[query.deadlineStatus]] = {
        overdue: judged,
        due_soon: [...judged, days],
        on_track: [...judged, days],
        no_deadline: [],
      }[query.deadlineStatus];
    }
    if (cursor) {
      const [due, id] = decodeCursor(cursor, ['nullable-date', 'uuid']);
      if (due === null) conditions.after = [id];
      else conditions.afterDated = [due, id];
    }
    const statement = directiveListStatement(conditions, limit + 1);
    const rows = await runPrepared(this.dataSource.manager, statement.query, statement.params);
    const page = toPage(
      rows,
      limit,
      (row) => [row.due_date, row.id],
      (row) => row,
    );
    return { items: this.toResponses(page.items, viewer, query.asOf), nextCursor: page.nextCursor };
  }

  /**
   * `allowedActions` and `allowedOperations` are the viewer's, judged from the
   * row alone (no query per row): a client never re-implements the rules.
   * Public for answers built from rows just written (a recorded meeting's).
   */
  toResponses(rows: DirectiveRow[], viewer: Actor, asOf = this.clock.today()): DirectiveResponseDto[] {
    const view = { asOf, dueSoonDays: this.config.dueSoonDays, timeZone: this.config.timeZone };
    return rows.map((row) =>
      toDirectiveResponse(row, view, {
        actions: allowedActions(row.status, workflowParties(viewer, row.lead_id)),
        operations: allowedOperations(viewer, {
          leadOrganizationId: row.lead_id,
          actorCooperates: row.cooperating.some(([id]) => id === viewer.organizationId),
          status: row.status,
          dueDate: row.due_date,
          hasPendingExtension: row.pending_extension_id !== null,
        }),
      }),
    );
  }
}
