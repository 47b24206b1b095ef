import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_KINDS = [
  'directive_issued',
  'cooperation_issued',
  'owner_assigned',
  'awaiting_confirmation',
  'rejected',
  'reminded',
  'extension_requested',
  'extension_decided',
  'due_soon',
  'overdue',
  'escalated',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * One thing a user is told about one directive. Written in the transaction of
 * the change that causes it (or by the daily job for deadlines), so it exists
 * exactly when its cause does. Not audited: it is a consequence of audited
 * changes (the directive's entry already says who did what), and a user marking
 * it read is no decision anyone must answer for.
 *
 * The user and the directive are named by entity name, not by class: this
 * feature reads the directive tables by SQL and imports no other feature.
 */
@Entity('notification')
@Index('ix_notification_user_created', ['userId', 'createdAt', 'id'])
@Index('ix_notification_user_unread', ['userId', 'createdAt', 'id'], { where: '"read_at" IS NULL' })
// Deadline notifications carry the deadline they are about: once per user, directive and deadline, however often the job runs.
@Index('uq_notification_occasion', ['userId', 'kind', 'directiveId', 'occasion'], { unique: true, where: '"occasion" IS NOT NULL' })
@Index('ix_notification_directive', ['directiveId'])
@Check('ck_notification_kind', `"kind" IN (${NOTIFICATION_KINDS.map((k) => `'${k}'`).join(',')})`)
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notification' })
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_user' })
  user?: unknown;

  @Column('varchar', { length: 30 })
  kind!: NotificationKind;

  @Column('uuid')
  directiveId!: string;

  @ManyToOne('Directive', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'directive_id', foreignKeyConstraintName: 'fk_notification_directive' })
  directive?: unknown;

  /** Short, in Vietnamese, written when the event happens (the title is read from the directive, so it stays current). */
  @Column('varchar', { length: 500 })
  message!: string;

  /** What makes a deadline notification unique (the deadline, YYYY-MM-DD); null for events, which happen each time. */
  @Column('varchar', { length: 40, nullable: true })
  occasion!: string | null;

  /** From the service's clock, like the cursors that page on it. */
  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;
}
