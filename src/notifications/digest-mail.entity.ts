import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * One user's digest e-mail of one day, rendered when the day's run commits
 * (it says what was true at DIGEST_TIME) and kept until it has gone out. The
 * run writes these rows in its claiming transaction; senders (the run itself,
 * then every instance's minute check) take one unsent row at a time with a
 * lease, send it and mark it sent, so a mail server that is down or an
 * instance that stops mid-sending delays a mail instead of losing it.
 */
@Entity('digest_mail')
// The minute check looks for unsent mail of recent days that is due.
@Index('ix_digest_mail_unsent', ['day', 'nextAttemptAt'], { where: '"sent_at" IS NULL' })
export class OutgoingDigestMail {
  @PrimaryColumn('date', { primaryKeyConstraintName: 'pk_digest_mail' })
  day!: string;

  @ManyToOne('DigestRun', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'day', foreignKeyConstraintName: 'fk_digest_mail_run' })
  run?: unknown;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_digest_mail' })
  userId!: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_digest_mail_user' })
  user?: unknown;

  /** The address as it was when the mail was rendered. */
  @Column('varchar', { length: 320 })
  address!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  text!: string;

  @Column('text')
  html!: string;

  /** Sending attempts begun (counted when a sender takes the row, so a sender that dies mid-way counts too). */
  @Column('integer', { default: 0 })
  attempts!: number;

  /** Why the last attempt failed; null once sent or before any failure. */
  @Column('text', { nullable: true })
  lastError!: string | null;

  /** Not to be tried before this instant: the back-off after a failure. */
  @Column('timestamptz')
  nextAttemptAt!: Date;

  /** While a sender holds the row: the end of its lease. Another sender may take the row once it has passed. */
  @Column('timestamptz', { nullable: true })
  claimedUntil!: Date | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;
}
