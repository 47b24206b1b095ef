import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type SignInTrust = 'none' | 'address' | 'device';

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

  /**
   * Why the client was, or was not, known to the account: 'device' (a valid
   * device token), 'address' (a sign-in from this address within 90 days) or
   * 'none'. Each known origin has its own count of failures.
   */
  @Column('varchar', { length: 10, default: 'none' })
  trust!: SignInTrust;

  /** The device token's nonce when trust is 'device'. */
  @Column('varchar', { length: 32, nullable: true })
  device!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;
}
