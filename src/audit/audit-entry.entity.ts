import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AuditRecordColumns } from './audit-record.columns.js';

/**
 * One change to a record, sealed into a hash chain: each entry's hash covers
 * its content and the previous entry's hash. Append-only in the database
 * itself (triggers in the migration refuse UPDATE, DELETE and TRUNCATE).
 */
@Entity('audit_entry')
@Index('ix_audit_entry_entity', ['entityType', 'entityId', 'seq'])
export class AuditEntry extends AuditRecordColumns {
  /** 1, 2, 3… without gaps: a removed entry shows as a gap. */
  @PrimaryColumn('bigint', { primaryKeyConstraintName: 'pk_audit_entry' })
  seq!: string;

  @Column('char', { length: 64 })
  prevHash!: string;

  @Column('char', { length: 64 })
  hash!: string;
}
