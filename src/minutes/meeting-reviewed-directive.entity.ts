import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive } from '../directives/directive.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { User } from '../users/user.entity.js';

/**
 * A directive of an earlier meeting of the same organizer that a meeting
 * reviewed (kiểm điểm việc thực hiện kết luận). Written explicitly, like a
 * directive's cooperating agencies; who recorded it and when are kept so the
 * directive's timeline can say so.
 */
@Entity('meeting_reviewed_directive')
export class MeetingReviewedDirective {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_meeting_reviewed_directive' })
  meetingId!: string;

  /** Directive answers list the meetings that reviewed it, and its timeline reads them: both by directive. */
  @Index('ix_meeting_reviewed_directive_directive_id')
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_meeting_reviewed_directive' })
  directiveId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_reviewed_directive_meeting' })
  meeting?: Meeting;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id', foreignKeyConstraintName: 'fk_meeting_reviewed_directive_directive' })
  directive?: Directive;

  /** Null when the service itself recorded it (imports, seed). */
  @Column('uuid', { nullable: true })
  recordedByUserId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id', foreignKeyConstraintName: 'fk_meeting_reviewed_directive_user' })
  recordedBy?: User | null;

  /** From the service's clock. */
  @Column('timestamptz')
  recordedAt!: Date;
}
