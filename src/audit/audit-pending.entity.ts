import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An audit entry written by its use case's transaction but not sealed into the
 * chain yet (audit-sealer.ts moves it into audit_entry, giving it its seq and
 * hash). Writers only INSERT here, so they never wait for each other; the
 * sealer alone DELETEs what it has sealed. Triggers in the migration refuse
 * UPDATE and TRUNCATE: what was written is what gets sealed.
 */
@Entity('audit_pending')
export class AuditPending {
  /** Orders the entries of one transaction; entries of different transactions are sealed in the order they are found committed. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_audit_pending' })
  id!: string;

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
}
