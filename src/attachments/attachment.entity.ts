import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Directive } from '../directives/directive.entity.js';
import { User } from '../users/user.entity.js';

/**
 * An evidence file (a report, a signed decision, a photo of the site). Its
 * bytes live in `attachment_chunk`, in the same database, so that every
 * instance serves every file and one backup holds everything. Until it is
 * attached to a directive only its uploader may use it; one never attached is
 * removed after a day (stale-uploads.ts).
 */
@Entity('attachment')
@Index('ix_attachment_directive', ['directiveId'])
@Index('ix_attachment_unattached', ['uploadedAt'], { where: '"directive_id" IS NULL' })
@Check('ck_attachment_size', '"size" >= 0')
@Check('ck_attachment_attached', '("directive_id" IS NULL) = ("attached_at" IS NULL)')
export class Attachment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_attachment' })
  id!: string;

  /** As the uploader named it, NFC-normalised. */
  @Column('varchar', { length: 255 })
  fileName!: string;

  /** Recognised from the content, never taken from the client. */
  @Column('varchar', { length: 100 })
  mediaType!: string;

  /** Bytes; ATTACHMENT_MAX_BYTES is at most 1 GiB, well within an integer. */
  @Column('int')
  size!: number;

  /** Hex SHA-256 of the bytes: the download's ETag, and a fingerprint the recipient can check. */
  @Column('char', { length: 64 })
  sha256!: string;

  @Column('uuid')
  uploadedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_user_id', foreignKeyConstraintName: 'fk_attachment_uploader' })
  uploadedBy?: User;

  @Column('timestamptz')
  uploadedAt!: Date;

  @Column('uuid', { nullable: true })
  directiveId!: string | null;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'directive_id', foreignKeyConstraintName: 'fk_attachment_directive' })
  directive?: Directive | null;

  @Column('timestamptz', { nullable: true })
  attachedAt!: Date | null;
}

/** One slice of a file's bytes, in order of `seq` from 0. */
@Entity('attachment_chunk')
export class AttachmentChunk {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_attachment_chunk' })
  attachmentId!: string;

  @PrimaryColumn('int', { primaryKeyConstraintName: 'pk_attachment_chunk' })
  seq!: number;

  @ManyToOne(() => Attachment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id', foreignKeyConstraintName: 'fk_attachment_chunk_attachment' })
  attachment?: Attachment;

  @Column('bytea')
  bytes!: Buffer;
}

/** What answers and other features show of a file. */
export interface AttachmentSummary {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}
