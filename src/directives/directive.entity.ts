import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Tracked } from '../database/tracked.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { Speech } from '../meetings/speech.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../organizations/person.entity.js';
import type { DirectivePriority, DirectiveStatus } from './directive-enums.js';
import type { Completion } from '../followup/completion.js';

@Entity('directive')
@Unique('uq_directive_meeting_ordinal', ['meetingId', 'ordinal'])
@Check('ck_directive_ordinal_positive', `"ordinal" >= 1`)
@Check('ck_directive_priority', `"priority" IN ('normal','high','urgent')`)
@Check('ck_directive_completion', `"completion" IN ('completed_on_time','completed_late','completed_without_deadline')`)
@Check('ck_directive_status', `"status" IN ('assigned','in_progress','awaiting_confirmation','completed','reopened','paused','cancelled')`)
@Index('ix_directive_due_date_id', ['dueDate', 'id'])
// The reports read these indexes alone (index-only scans), never the wide rows: the league table's directives due in a
// period (a range of due_date) and issued at the meetings of a period (by meeting_id); the overdue report's open work,
// read whole for its counts and its top-N page (its "judged on" date is computed per row, so no range bound exists).
@Index('ix_directive_report_due', ['dueDate', 'leadOrganizationId', 'status', 'completion', 'submittedAt'])
@Index('ix_directive_report_meeting', ['meetingId', 'leadOrganizationId', 'status', 'dueDate'])
@Index('ix_directive_report_tracked', ['dueDate', 'id', 'leadOrganizationId', 'status', 'submittedAt'], {
  where: `"status" NOT IN ('completed', 'cancelled', 'paused')`,
})
// Read in the list's order and cut at a page, whatever the size of the data (docs/performance.md, issue 11): an agency's
// own directives by deadline (the list's scoped part; it also serves every lookup by lead agency alone); an agency's
// open work by deadline (the overdue report for one agency); work awaiting confirmation by deadline, and its latest
// submission (the overdue report's part judged on the submission, and how far back it reads).
@Index('ix_directive_lead_due_id', ['leadOrganizationId', 'dueDate', 'id'])
@Index('ix_directive_tracked_lead', ['leadOrganizationId', 'dueDate', 'id', 'status', 'submittedAt'], {
  where: `"status" NOT IN ('completed', 'cancelled', 'paused')`,
})
@Index('ix_directive_awaiting', ['dueDate', 'id', 'leadOrganizationId', 'submittedAt'], { where: `"status" = 'awaiting_confirmation'` })
@Index('ix_directive_awaiting_submitted', ['submittedAt'], { where: `"status" = 'awaiting_confirmation'` })
export class Directive extends Tracked {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_directive' })
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_directive_meeting' })
  meeting?: Meeting;

  /** Order in which the meeting concluded its directives (1-based). */
  @Column('integer')
  ordinal!: number;

  @Column('varchar', { length: 1000 })
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  /** Cơ quan chủ trì: exactly one, by construction of the schema. */
  @Column('uuid')
  leadOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_organization_id', foreignKeyConstraintName: 'fk_directive_lead_organization' })
  leadOrganization?: Organization;

  @Index('ix_directive_owner_id')
  @Column('uuid', { nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_directive_owner' })
  owner?: Person | null;

  @Index('ix_directive_issued_by_id')
  @Column('uuid', { nullable: true })
  issuedById!: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by_id', foreignKeyConstraintName: 'fk_directive_issued_by' })
  issuedBy?: Person | null;

  @Index('ix_directive_source_speech_id')
  @Column('uuid', { nullable: true })
  sourceSpeechId!: string | null;

  @ManyToOne(() => Speech, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_speech_id', foreignKeyConstraintName: 'fk_directive_source_speech' })
  sourceSpeech?: Speech | null;

  /** The deadline in force: a calendar date in the office's zone; null means no deadline (không thời hạn). */
  @Column('date', { nullable: true })
  dueDate!: string | null;

  /** The deadline as issued: corrected with `dueDate` until work has begun, kept when an extension moves `dueDate`. */
  @Column('date', { nullable: true })
  originalDueDate!: string | null;

  @Column('varchar', { length: 20, default: 'normal' })
  priority!: DirectivePriority;

  @Index('ix_directive_status')
  @Column('varchar', { length: 30, default: 'assigned' })
  status!: DirectiveStatus;

  /** What `resume` returns to; set only while paused. */
  @Column('varchar', { length: 30, nullable: true })
  statusBeforePause!: DirectiveStatus | null;

  /** When the lead agency last reported it done; with the deadline then in force, it decides "on time". */
  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('date', { nullable: true })
  submittedDueDate!: string | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @Column('varchar', { length: 30, nullable: true })
  completion!: Completion | null;
}
