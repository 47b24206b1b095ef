import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Tracked } from '../database/tracked.entity.js';
import { Person } from '../organizations/person.entity.js';
import type { AttendeeRole } from './meeting-enums.js';
import { Meeting } from './meeting.entity.js';

@Entity('meeting_attendee')
@Unique('uq_meeting_attendee_person', ['meetingId', 'personId'])
@Index('uq_meeting_attendee_one_chair', ['meetingId'], { unique: true, where: `"role" = 'chair'` })
@Check('ck_meeting_attendee_role', `"role" IN ('chair','secretary','member','reporter','invited')`)
export class Attendee extends Tracked {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_meeting_attendee' })
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_attendee_meeting' })
  meeting?: Meeting;

  @Index('ix_meeting_attendee_person_id')
  @Column('uuid')
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_meeting_attendee_person' })
  person?: Person;

  @Column('varchar', { length: 20 })
  role!: AttendeeRole;

  /** False records an invitee who did not come (vắng mặt). */
  @Column('boolean', { default: true })
  attended!: boolean;
}
