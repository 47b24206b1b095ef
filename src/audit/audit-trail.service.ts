import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { GENESIS_HASH, sealHash, type SealedContent } from './audit-chain.js';
import { AuditEntry } from './audit-entry.entity.js';

/** Arbitrary but fixed: every writer of the chain takes turns on this lock. */
const AUDIT_CHAIN_LOCK = 740_211_2025;

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
export type AuditedTable = 'organization' | 'person' | 'meeting' | 'meeting_attendee' | 'speech' | 'directive' | 'app_user';

const camel = (key: string): string => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

@Injectable()
export class AuditTrail {
  /**
   * Appends an entry inside the caller's transaction, so the change and its
   * record commit or roll back together. The transaction-scoped lock orders
   * concurrent writers: each entry seals the one committed before it.
   */
  async record(em: EntityManager, actor: AuditActor, record: AuditRecord): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [last] = (await em.query('SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1')) as { seq: string; hash: string }[];
    const content: SealedContent = {
      seq: String(last ? BigInt(last.seq) + 1n : 1n),
      occurredAt: new Date().toISOString(),
      actorUserId: 'system' in actor ? null : actor.userId,
      actorUsername: 'system' in actor ? actor.system : actor.username,
      actorRole: 'system' in actor ? null : actor.role,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before ?? null,
      after: record.after ?? null,
      requestId: actor.requestId ?? null,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const row: Partial<AuditEntry> = {
      ...content,
      occurredAt: new Date(content.occurredAt),
      before: record.before ?? null,
      after: record.after ?? null,
      hash: sealHash(content),
    };
    // jsonb columns: TypeORM's deep-partial type does not fit free-form objects.
    await em.getRepository(AuditEntry).insert(row as QueryDeepPartialEntity<AuditEntry>);
  }

  /** The row as stored, keys in camelCase: what "before" and "after" show. */
  async snapshot(em: EntityManager, table: AuditedTable, id: string): Promise<Record<string, unknown> | null> {
    const [row] = (await em.query(`SELECT to_jsonb(t) - 'password_hash' AS row FROM ${table} t WHERE id = $1`, [id])) as {
      row: Record<string, unknown>;
    }[];
    if (!row) return null;
    const snapshot = Object.fromEntries(Object.entries(row.row).map(([key, value]) => [camel(key), value]));
    if (table === 'directive') {
      const cooperating = (await em.query(
        'SELECT organization_id FROM directive_cooperating_organization WHERE directive_id = $1 ORDER BY organization_id',
        [id],
      )) as { organization_id: string }[];
      snapshot.cooperatingOrganizationIds = cooperating.map((c) => c.organization_id);
    }
    return snapshot;
  }
}
