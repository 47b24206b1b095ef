import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { Clock } from '../common/time/clock.js';
import { changesBetween } from './audit-changes.js';
import { AuditPending } from './audit-pending.entity.js';
import { AuditSealer } from './audit-sealer.js';
import { type AuditedTable, fullSnapshotSql, snapshotOf } from './snapshot-sql.js';

/** Who did it: a signed-in user, or the service itself (bootstrap, seed). */
export type AuditActor = Actor | { system: string; requestId?: string };

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

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

  /** Snapshots of many rows of one table, in one query whatever their number. */
  async snapshots(em: EntityManager, table: AuditedTable, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
    const rows = (await em.query(`SELECT id, ${fullSnapshotSql(table, 't')} AS row FROM ${table} t WHERE id = ANY($1::uuid[])`, [ids])) as {
      id: string;
      row: Record<string, unknown>;
    }[];
    return new Map(rows.map(({ id, row }) => [id, snapshotOf(row)]));
  }
}
