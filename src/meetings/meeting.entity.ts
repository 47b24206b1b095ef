import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../database/tracked.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../organizations/person.entity.js';
import type { MeetingKind, MeetingStatus } from './meeting-enums.js';

@Entity('meeting')
@Check('ck_meeting_status', `"status" IN ('draft','published')`)
@Check('ck_meeting_kind', `"kind" IN ('standing_committee','working_session','conference','thematic','briefing','other')`)
@Check('ck_meeting_ends_after_start', `"ends_at" IS NULL OR "ends_at" >= "starts_at"`)
@Index('ix_meeting_starts_at_id', ['startsAt', 'id'])
export class Meeting extends Tracked {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_meeting' })
  id!: string;

  @Column('varchar', { length: 500 })
  title!: string;

  @Column('varchar', { length: 40, nullable: true })
  kind!: MeetingKind | null;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz', { nullable: true })
  endsAt!: Date | null;

  @Column('varchar', { length: 300, nullable: true })
  location!: string | null;

  @Index('ix_meeting_organizer_id')
  @Column('uuid', { nullable: true })
  organizerId!: string | null;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizer_id', foreignKeyConstraintName: 'fk_meeting_organizer' })
  organizer?: Organization | null;

  @Index('ix_meeting_chair_id')
  @Column('uuid', { nullable: true })
  chairId!: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chair_id', foreignKeyConstraintName: 'fk_meeting_chair' })
  chair?: Person | null;

  @Column('text', { nullable: true })
  summary!: string | null;

  @Column('varchar', { length: 2000, nullable: true })
  sourceUrl!: string | null;

  @Column('varchar', { length: 20, default: 'draft' })
  status!: MeetingStatus;
}
