import { Injectable } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import type { DomainError } from '../common/errors/domain-error.js';
import { guardedUpdateReturning } from '../database/guarded-update.js';
import { type AuditActor, type AuditRecord, AuditTrail } from './audit-trail.service.js';
import { AUDITED_TABLES, type AuditedTable, fullSnapshotSql, type Snapshot, snapshotOf } from './snapshot-sql.js';

export interface AuditedUpdate<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  id: string;
  /** Columns to set; `version` and `updatedAt` follow by themselves. */
  set: QueryDeepPartialEntity<T>;
  /** From If-Match: a stale writer changes nothing and gets 412. Undefined writes whatever the version. */
  expectedVersion: number | undefined;
  notFound: () => DomainError;
  action: string;
  /** Rules that need the row as it is (it is read once, for the audit entry too); may refuse by throwing. */
  check?: (before: Snapshot) => void | Promise<void>;
  /** Writes that belong to the same change, made before the row itself (e.g. renumbering neighbours). */
  first?: () => Promise<void>;
  /** Writes that belong to the same change, made after the row (child rows, consequences): inside the "after" snapshot. */
  then?: () => Promise<void>;
  /**
   * Writes that belong to the same change but to no part of the row's
   * snapshot (a timeline row, files attached): the "after" snapshot then comes
   * from the UPDATE itself, with no read after it.
   */
  alongside?: () => Promise<void>;
  /** What the entry shows besides the row itself (e.g. the note of a workflow step). */
  extend?: (after: Snapshot) => Snapshot;
  /** Collects the entry here instead of appending it now: the use case appends all of its entries at once (`append`). */
  into?: AuditRecord[];
}

export interface AuditedInsert<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  values: QueryDeepPartialEntity<T>;
  action: string;
  /** Writes that belong to the creation (consequences of the new row), inside its "after" snapshot. */
  then?: (id: string) => Promise<void>;
  /** What the entry shows besides the row itself (e.g. the rows recorded with it). */
  extend?: (after: Snapshot) => Snapshot;
  /** Collects the entry here instead of appending it now: the use case appends all of its entries at once (`append`). */
  into?: AuditRecord[];
}

/**
 * The one way to write an audited row: the change and its audit entry (who,
 * when, the row before and after) commit together in the caller's transaction.
 * A use case is its rules plus one call here.
 */
@Injectable()
export class AuditedWrites {
  constructor(private readonly audit: AuditTrail) {}

  /**
   * Changes one row under its version guard and records it; answers the new
   * version. The "before" snapshot is one read; the "after" one comes back
   * from the UPDATE, unless `then` changes more after it (then it is read).
   */
  async update<T extends ObjectLiteral>(em: EntityManager, actor: AuditActor, change: AuditedUpdate<T>): Promise<number> {
    const table = auditedTable(em, change.entity);
    const before = await this.readSnapshot(em, table, change.id);
    if (!before) throw change.notFound();
    await change.check?.(before);
    await change.first?.();
    const { version, row } = await guardedUpdateReturning(
      em,
      change.entity,
      change.id,
      change.set,
      change.expectedVersion,
      change.notFound,
      `${fullSnapshotSql(table, `"${table}"`)} AS snapshot`,
    );
    await change.alongside?.();
    let after = snapshotOf(row.snapshot as Snapshot);
    if (change.then) {
      await change.then();
      after = (await this.readSnapshot(em, table, change.id))!;
    }
    await this.recordOrCollect(em, actor, change.into, {
      action: change.action,
      entityType: table,
      entityId: change.id,
      before,
      after: change.extend ? change.extend(after) : after,
    });
    return version;
  }

  /** Inserts one row and records its creation, its snapshot from the INSERT itself (read after `then` if there is one); answers its id. */
  async insert<T extends ObjectLiteral>(em: EntityManager, actor: AuditActor, creation: AuditedInsert<T>): Promise<string> {
    const table = auditedTable(em, creation.entity);
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(creation.entity)
      .values(creation.values)
      .returning(`id, ${fullSnapshotSql(table, `"${table}"`)} AS snapshot`)
      .execute();
    const [{ id, snapshot }] = result.raw as [{ id: string; snapshot: Snapshot }];
    let after = snapshotOf(snapshot);
    if (creation.then) {
      await creation.then(id);
      after = (await this.readSnapshot(em, table, id))!;
    }
    await this.recordOrCollect(em, actor, creation.into, {
      action: creation.action,
      entityType: table,
      entityId: id,
      after: creation.extend ? creation.extend(after) : after,
    });
    return id;
  }

  /** A row's snapshot as the trail shows it, child rows' ids included, in one statement. */
  private readSnapshot(em: EntityManager, table: AuditedTable, id: string): Promise<Snapshot | null> {
    return this.audit.snapshot(em, table, id);
  }

  private recordOrCollect(em: EntityManager, actor: AuditActor, into: AuditRecord[] | undefined, record: AuditRecord): Promise<void> {
    if (!into) return this.audit.record(em, actor, record);
    into.push(record);
    return Promise.resolve();
  }

  /**
   * The entries a use case collected as it wrote (snapshots from its own
   * RETURNING clauses, see `returnedSnapshot`), appended together: one
   * append of the chain per use case, whatever its number of rows.
   */
  append(em: EntityManager, actor: AuditActor, records: AuditRecord[]): Promise<void> {
    return this.audit.recordMany(em, actor, records);
  }

  /**
   * Consequences of a change on other rows (neighbours renumbered, a previous
   * chair demoted): an entry for each of `ids` that `work` really changed.
   */
  around<T>(em: EntityManager, actor: AuditActor, table: AuditedTable, ids: string[], action: string, work: () => Promise<T>): Promise<T> {
    return this.audit.recordAround(em, actor, table, ids, action, work);
  }

  /** An entry for an event that changes no audited row (a sign-in, a password reset). */
  event(em: EntityManager, actor: AuditActor, action: string, entityType: AuditedTable, entityId: string): Promise<void> {
    return this.audit.record(em, actor, { action, entityType, entityId });
  }
}

function auditedTable(em: EntityManager, entity: EntityTarget<ObjectLiteral>): AuditedTable {
  const table = em.getRepository(entity).metadata.tableName;
  if (!(AUDITED_TABLES as readonly string[]).includes(table)) throw new Error(`${table} is not an audited table`);
  return table as AuditedTable;
}
