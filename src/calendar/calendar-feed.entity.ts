import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity.js';

export const FEED_SCOPES = ['me', 'organization'] as const;
export type FeedScope = (typeof FEED_SCOPES)[number];

/**
 * A calendar subscription (README: Calendar): calendar
 * apps cannot send a bearer token, so the feed's URL carries a random secret.
 * Only its SHA-256 is kept: a copy of the database gives no feed away.
 */
@Entity('calendar_feed')
@Index('ix_calendar_feed_user', ['userId', 'createdAt'])
@Check('ck_calendar_feed_scope', `"scope" IN ('me','organization')`)
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_calendar_feed' })
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_calendar_feed_user' })
  user?: User;

  @Column('varchar', { length: 20 })
  scope!: FeedScope;

  /** Hex SHA-256 of the secret in the URL: the public route looks the feed up by it. */
  @Index('uq_calendar_feed_secret_hash', { unique: true })
  @Column('varchar', { length: 64 })
  secretHash!: string;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  /** When a calendar app last fetched it: tells its owner which feeds are still in use. */
  @Column('timestamptz', { nullable: true })
  lastUsedAt!: Date | null;
}
