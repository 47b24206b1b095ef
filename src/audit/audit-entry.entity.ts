import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One change to a record, sealed into a hash chain: each entry's hash covers
 * its content and the previous entry's hash. Append-only in the database
 * itself (triggers in the migration refuse UPDATE, DELETE and TRUNCATE).
 */
@Entity('audit_entry')
@Index('ix_audit_entry_entity', ['entityType', 'entityId', 'seq'])
export class AuditEntry {
  /** 1, 2, 3… without gaps: a removed entry shows as a gap. */
  @PrimaryColumn('bigint', { primaryKeyConstraintName: 'pk_audit_entry' })
  seq!: string;

  @Column('timestamptz')
  occurredAt!: Date;

  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  @Column('varchar', { length: 100 })
  actorUsername!: string;

  @Column('varchar', { length: 30, nullable: true })
  actorRole!: string | null;

  @Column('varchar', { length: 60 })
  action!: string;

  @Column('varchar', { length: 40 })
  entityType!: string;

  @Column('uuid', { nullable: true })
  entityId!: string | null;

  @Column('jsonb', { nullable: true })
  before!: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after!: Record<string, unknown> | null;

  @Column('varchar', { length: 100, nullable: true })
  requestId!: string | null;

  @Column('char', { length: 64 })
  prevHash!: string;

  @Column('char', { length: 64 })
  hash!: string;
}
