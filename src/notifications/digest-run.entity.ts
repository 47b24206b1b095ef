import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The daily job's claim on its day: the instance whose INSERT of the day's row
 * succeeds runs it, the others find the row and do nothing, so the digest runs
 * once a day however many instances there are.
 */
@Entity('digest_run')
export class DigestRun {
  /** The calendar day, in the office's zone, the run is for. */
  @PrimaryColumn('date', { primaryKeyConstraintName: 'pk_digest_run' })
  day!: string;

  /** 'schedule' (the minute check) or 'manual' (npm run digest). */
  @Column('varchar', { length: 20 })
  trigger!: string;

  @Column('timestamptz')
  startedAt!: Date;

  /** Null while its mail is being sent, or if the instance stopped before it was. */
  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;

  @Column('integer', { default: 0 })
  notificationsWritten!: number;

  @Column('integer', { default: 0 })
  mailsSent!: number;

  @Column('integer', { default: 0 })
  mailsFailed!: number;
}
