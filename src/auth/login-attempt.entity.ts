import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every sign-in attempt, kept for throttling and for the record. */
@Entity('login_attempt')
@Index('ix_login_attempt_username_at', ['username', 'at'])
@Index('ix_login_attempt_ip_at', ['ip', 'at'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_login_attempt' })
  id!: string;

  /** As typed, lower-cased: attempts on unknown accounts are throttled too. */
  @Column('varchar', { length: 100 })
  username!: string;

  @Column('varchar', { length: 64 })
  ip!: string;

  @Column('varchar', { length: 30 })
  outcome!: 'success' | 'bad_credentials' | 'inactive' | 'throttled';

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;
}
