import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditRecordColumns } from './audit-record.columns.js';

/**
 * An audit entry written by its use case's transaction but not sealed into the
 * chain yet (audit-sealer.ts moves it into audit_entry, giving it its seq and
 * hash). Writers only INSERT here, so they never wait for each other; the
 * sealer alone DELETEs what it has sealed. Triggers in the migration refuse
 * UPDATE and TRUNCATE: what was written is what gets sealed.
 */
@Entity('audit_pending')
export class AuditPending extends AuditRecordColumns {
  /** Orders the entries of one transaction; entries of different transactions are sealed in the order they are found committed. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_audit_pending' })
  id!: string;
}
