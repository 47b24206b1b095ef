/**
 * A row's snapshot as the audit trail records it, as SQL: one expression a
 * writer puts in its RETURNING clause or a reader in its SELECT, so that both
 * show the same keys (credentials and an import's source text left out, child
 * rows' ids added).
 */

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

export type Snapshot = Record<string, unknown>;

/**
 * A written row's snapshot as a column of the statement that wrote it
 * (`RETURNING ${returnedSnapshot('t')} AS snapshot`): the same as the trail's
 * own read of the row (AuditTrail.snapshots), credentials and an import's
 * source text left out, without reading it back. Give it to `snapshotOf`.
 */
export const returnedSnapshot = (alias: string): string => `to_jsonb(${alias}) - 'password_hash' - 'secret_hash' - 'source_text'`;

/** What AuditTrail.snapshots adds to a row of these tables: its child rows' ids, in the database's order. */
const CHILD_IDS: Partial<Record<AuditedTable, (alias: string) => string>> = {
  directive: (t) => `'cooperating_organization_ids', (SELECT coalesce(jsonb_agg(c.organization_id ORDER BY c.organization_id), '[]'::jsonb)
     FROM directive_cooperating_organization c WHERE c.directive_id = ${t}.id)`,
  meeting: (t) => `'reviewed_directive_ids', (SELECT coalesce(jsonb_agg(r.directive_id ORDER BY r.directive_id), '[]'::jsonb)
     FROM meeting_reviewed_directive r WHERE r.meeting_id = ${t}.id)`,
};

/** `returnedSnapshot` with the child rows' ids the trail shows for the table: a whole snapshot in one expression. */
export function fullSnapshotSql(table: AuditedTable, alias: string): string {
  const children = CHILD_IDS[table];
  return children ? `(${returnedSnapshot(alias)}) || jsonb_build_object(${children(alias)})` : returnedSnapshot(alias);
}

/** The snapshot of a row from its `returnedSnapshot` column: keys in camelCase, as the trail records them. */
export function snapshotOf(row: Record<string, unknown>): Snapshot {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [camel(key), value]));
}
