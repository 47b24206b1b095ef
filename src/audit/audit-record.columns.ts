import { Column } from 'typeorm';

/**
 * What one audit entry says, the same whether it waits in audit_pending or is
 * sealed in audit_entry: the sealer copies these columns across unchanged, so
 * they are declared once (TypeORM gives each entity its own table with them).
 */
export abstract class AuditRecordColumns {
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
