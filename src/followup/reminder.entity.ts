import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Directive } from '../directives/directive.entity.js';
import { User } from '../users/user.entity.js';

export const REMINDER_CHANNELS = ['document', 'meeting', 'phone', 'email', 'system'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

/**
 * One reminder (đôn đốc) to the lead agency of a directive: how it was given
 * and, for a written one, the number of the document that carried it, so the
 * reports can cite it.
 */
@Entity('directive_reminder')
@Index('ix_directive_reminder_directive', ['directiveId', 'remindedAt'])
@Check('ck_directive_reminder_channel', `"channel" IN ('document','meeting','phone','email','system')`)
export class DirectiveReminder {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_directive_reminder' })
  id!: string;

  @Column('uuid')
  directiveId!: string;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id', foreignKeyConstraintName: 'fk_directive_reminder_directive' })
  directive?: Directive;

  @Column('text')
  note!: string;

  @Column('varchar', { length: 20 })
  channel!: ReminderChannel;

  @Column('varchar', { length: 50, nullable: true })
  documentNumber!: string | null;

  @Column('uuid')
  remindedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reminded_by_user_id', foreignKeyConstraintName: 'fk_directive_reminder_user' })
  remindedBy?: User;

  /** From the service's clock (milliseconds, like the cursors of the list that pages on it). */
  @Column('timestamptz')
  remindedAt!: Date;
}
