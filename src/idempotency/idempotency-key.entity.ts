import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity.js';

/** A creating request seen under a client's Idempotency-Key, and its answer once there is one. */
@Entity('idempotency_key')
export class IdempotencyKey {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_idempotency_key' })
  userId!: string;

  @PrimaryColumn('varchar', { length: 255, primaryKeyConstraintName: 'pk_idempotency_key' })
  key!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_idempotency_key_user' })
  user?: User;

  /** SHA-256 of method, path and body: the same key with another request is refused. */
  @Column('char', { length: 64 })
  requestHash!: string;

  @Column('varchar', { length: 20 })
  state!: 'in_progress' | 'completed';

  @Column('integer', { nullable: true })
  responseStatus!: number | null;

  @Column('jsonb', { nullable: true })
  responseBody!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
