import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity.js';

/**
 * One sign-in: the family of refresh tokens rotated from it. Every access
 * token names its session, and a revoked session stops its tokens at once.
 */
@Entity('auth_session')
export class AuthSession {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_auth_session' })
  id!: string;

  @Index('ix_auth_session_user_id')
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_auth_session_user' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Absolute end of the session, however often it is refreshed. */
  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('varchar', { length: 40, nullable: true })
  revokedReason!: string | null;

  @Column('varchar', { length: 64, nullable: true })
  ip!: string | null;

  /**
   * The browser was asked, at sign-in, to remember it ("Ghi nhớ đăng nhập trên máy này"): each
   * refresh cookie of this session then outlives the browser (Max-Age); otherwise each one is a
   * session cookie, forgotten when the browser closes. Kept here, not in a second cookie, so that
   * every rotation keeps the choice made at sign-in whatever the browser sends back.
   */
  @Column('boolean', { default: false })
  remember!: boolean;
}
