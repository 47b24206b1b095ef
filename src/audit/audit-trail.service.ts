import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { Clock } from '../common/time/clock.js';
import { changesBetween } from './audit-changes.js';
import { AuditPending } from './audit-pending.entity.js';
import { AuditSealer } from './audit-sealer.js';

/** Who did it: a signed-in user, or the service itself (bootstrap, seed). */
export type AuditActor = Actor | { system: string; requestId?: string };

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Tables whose rows can be snapshotted; names come from here, never from a request. */
export const AUDITED_TABLES = [
  'organization',
  'person',
  'meeting',
  'meeting_attendee',
  'speech',
  'directive',
  'directive_reminder',
  'directive_extension_request',
  'directive_progress_report',
  'attachment',
  'app_user',
  'calendar_feed',
  'import_draft',
] as const;
export type AuditedTable = (typeof AUDITED_TABLES)[number];

const camel = (key: string): string => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

@Injectable()
export class AuditTrail {
  constructor(
    private readonly clock: Clock,
    private readonly sealer: AuditSealer,
  ) {}

  /**
   * Appends an entry inside the caller's transaction, so the change and its
   * record commit or roll back together. It is sealed into the hash chain (its
   * seq and hash) right after that transaction commits, before the caller's
   * call returns (audit-sealer.ts): writers never wait for each other's commits.
   */
  async record(em: EntityManager, actor: AuditActor, record: AuditRecord): Promise<void> {
    await this.recordMany(em, actor, [record]);
  }

  /** Several entries of one use case: one INSERT, in this order in the chain. */
  async recordMany(em: EntityManager, actor: AuditActor, records: AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    // The service's clock, as every other moment a directive's timeline shows: one time line in tests too.
    const occurredAt = this.clock.now();
    const rows = records.map((record) => ({
      occurredAt,
      actorUserId: 'system' in actor ? null : actor.userId,
      actorUsername: 'system' in actor ? actor.system : actor.username,
      actorRole: 'system' in actor ? null : actor.role,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before ?? null,
      after: record.after ?? null,
      requestId: actor.requestId ?? null,
    }));
    // No RETURNING of the ids: nobody needs them. jsonb columns: TypeORM's deep-partial type does not fit free-form objects.
    await em
      .createQueryBuilder()
      .insert()
      .into(AuditPending)
      .values(rows as QueryDeepPartialEntity<AuditPending>[])
      .updateEntity(false)
      .execute();
    await this.sealer.appended(em);
  }

  /**
   * For changes a use case makes to other rows as a consequence (neighbours
   * renumbered, a previous chair demoted): snapshots `ids` around `work` and
   * records an entry for each row that really changed.
   */
  async recordAround<T>(
    em: EntityManager,
    actor: AuditActor,
    table: AuditedTable,
    ids: string[],
    action: string,
    work: () => Promise<T>,
  ): Promise<T> {
    const before = await this.snapshots(em, table, ids);
    const result = await work();
    const after = await this.snapshots(em, table, ids);
    const changed = ids.filter((id) => changesBetween(before.get(id) ?? null, after.get(id) ?? null).length > 0);
    await this.recordMany(
      em,
      actor,
      changed.map((id) => ({ action, entityType: table, entityId: id, before: before.get(id) ?? null, after: after.get(id) ?? null })),
    );
    return result;
  }

  /** The row as stored, keys in camelCase: what "before" and "after" show. */
  async snapshot(em: EntityManager, table: AuditedTable, id: string): Promise<Record<string, unknown> | null> {
    return (await this.snapshots(em, table, [id])).get(id) ?? null;
  }

  /** Snapshots of many rows of one table, in two queries whatever their number. */
  async snapshots(em: EntityManager, table: AuditedTable, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
    // Credentials stay out of the trail: a password's hash, a calendar feed's secret's hash.
    // An import's source text (up to 500,000 characters) is kept by its draft, not copied into each entry.
    const rows = (await em.query(
      `SELECT id, to_jsonb(t) - 'password_hash' - 'secret_hash' - 'source_text' AS row FROM ${table} t WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as {
      id: string;
      row: Record<string, unknown>;
    }[];
    const result = new Map(
      rows.map(({ id, row }) => [id, Object.fromEntries(Object.entries(row).map(([key, value]) => [camel(key), value]))]),
    );
    if (table === 'directive' && rows.length > 0) {
      const cooperating = (await em.query(
        `SELECT directive_id, organization_id FROM directive_cooperating_organization
          WHERE directive_id = ANY($1::uuid[]) ORDER BY directive_id, organization_id`,
        [ids],
      )) as { directive_id: string; organization_id: string }[];
      for (const snapshot of result.values()) snapshot.cooperatingOrganizationIds = [];
      for (const { directive_id, organization_id } of cooperating) {
        (result.get(directive_id)!.cooperatingOrganizationIds as string[]).push(organization_id);
      }
    }
    if (table === 'meeting' && rows.length > 0) {
      const reviewed = (await em.query(
        `SELECT meeting_id, directive_id FROM meeting_reviewed_directive
          WHERE meeting_id = ANY($1::uuid[]) ORDER BY meeting_id, directive_id`,
        [ids],
      )) as { meeting_id: string; directive_id: string }[];
      for (const snapshot of result.values()) snapshot.reviewedDirectiveIds = [];
      for (const { meeting_id, directive_id } of reviewed) {
        (result.get(meeting_id)!.reviewedDirectiveIds as string[]).push(directive_id);
      }
    }
    return result;
  }
}
