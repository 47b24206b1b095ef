import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Tracked } from '../database/tracked.entity.js';
import { Person } from '../organizations/person.entity.js';
import type { SpeechKind } from './meeting-enums.js';
import { Meeting } from './meeting.entity.js';

@Entity('speech')
// Deferred so that renumbering (insert or move) can shift many rows in one statement.
@Unique('uq_speech_meeting_position', ['meetingId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
@Check('ck_speech_position_positive', `"position" >= 1`)
@Check('ck_speech_kind', `"kind" IN ('report','opinion','question','answer','direction','conclusion')`)
export class Speech extends Tracked {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_speech' })
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_speech_meeting' })
  meeting?: Meeting;

  @Index('ix_speech_speaker_id')
  @Column('uuid')
  speakerId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'speaker_id', foreignKeyConstraintName: 'fk_speech_speaker' })
  speaker?: Person;

  /** 1-based order of speaking within the meeting, kept gap-free. */
  @Column('integer')
  position!: number;

  @Column('varchar', { length: 20 })
  kind!: SpeechKind;

  @Column('varchar', { length: 500, nullable: true })
  title!: string | null;

  @Column('text', { nullable: true })
  summary!: string | null;

  @Column('text', { nullable: true })
  text!: string | null;
}
