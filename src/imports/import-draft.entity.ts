import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../database/tracked.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { User } from '../users/user.entity.js';
import type { DraftContent } from './draft-content.js';
import type { ImportStatus } from './import-status.js';

/**
 * A meeting read from its text and waiting for the secretariat: the text as
 * received, what the reader found in it (editable, validated on every write),
 * and, once confirmed, the meeting it became. Never deleted: a discarded draft
 * stays, marked so.
 */
@Entity('import_draft')
@Check('ck_import_draft_status', `"status" IN ('draft','confirmed','discarded')`)
@Check('ck_import_draft_confirmed_meeting', `("status" = 'confirmed') = ("meeting_id" IS NOT NULL)`)
@Index('ix_import_draft_created_at_id', ['createdAt', 'id'])
export class ImportDraft extends Tracked {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_import_draft' })
  id!: string;

  /** NFC, line endings as "\n": the offsets of every span point into it. */
  @Column('text')
  sourceText!: string;

  @Column('varchar', { length: 2000, nullable: true })
  sourceUrl!: string | null;

  /** When the text came as an uploaded file. */
  @Column('varchar', { length: 255, nullable: true })
  fileName!: string | null;

  @Column('varchar', { length: 100, nullable: true })
  mediaType!: string | null;

  @Column('date', { nullable: true })
  publishedOn!: string | null;

  @Column('jsonb')
  content!: DraftContent;

  @Column('varchar', { length: 20, default: 'draft' })
  status!: ImportStatus;

  @Index('ix_import_draft_meeting_id')
  @Column('uuid', { nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => Meeting, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_import_draft_meeting' })
  meeting?: Meeting | null;

  @Index('ix_import_draft_created_by_user_id')
  @Column('uuid')
  createdByUserId!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_import_draft_created_by' })
  createdBy?: User;
}
