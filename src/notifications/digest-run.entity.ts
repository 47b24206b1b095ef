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

  /**
   * When the run's own pass over its mail ended; null while it is sending, or
   * if the instance stopped before. Each mail's fate is in digest_mail.
   */
  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;

  @Column('integer', { default: 0 })
  notificationsWritten!: number;
}
