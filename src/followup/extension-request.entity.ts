import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../database/tracked.entity.js';
import { Directive } from '../directives/directive.entity.js';
import { User } from '../users/user.entity.js';

export const EXTENSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];
export const EXTENSION_DECISIONS = ['approved', 'rejected'] as const;
export type ExtensionDecision = (typeof EXTENSION_DECISIONS)[number];

/** The name the problem filter maps to 409 extension_already_pending. */
export const ONE_PENDING_EXTENSION = 'uq_directive_extension_request_one_pending';

/**
 * A request by the lead agency to move the deadline of a directive (gia hạn),
 * and a leader's decision on it. At most one is pending per directive: the
 * partial unique index holds that even when two requests race.
 */
@Entity('directive_extension_request')
@Index('ix_directive_extension_request_directive', ['directiveId', 'requestedAt'])
@Index(ONE_PENDING_EXTENSION, ['directiveId'], { unique: true, where: `"status" = 'pending'` })
@Check('ck_directive_extension_request_status', `"status" IN ('pending','approved','rejected')`)
@Check(
  'ck_directive_extension_request_decision',
  `("status" = 'pending') = ("decided_at" IS NULL) AND ("status" = 'approved') = ("approved_due_date" IS NOT NULL)`,
)
export class DirectiveExtensionRequest extends Tracked {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_directive_extension_request' })
  id!: string;

  @Column('uuid')
  directiveId!: string;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id', foreignKeyConstraintName: 'fk_directive_extension_request_directive' })
  directive?: Directive;

  @Column('date')
  proposedDueDate!: string;

  @Column('text')
  reason!: string;

  /** The deadline in force when the request was made. */
  @Column('date')
  currentDueDate!: string;

  @Column('varchar', { length: 20, default: 'pending' })
  status!: ExtensionStatus;

  @Column('uuid')
  requestedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_user_id', foreignKeyConstraintName: 'fk_directive_extension_request_requested_by' })
  requestedBy?: User;

  /** From the service's clock (milliseconds, like the cursors of the list that pages on it). */
  @Column('timestamptz')
  requestedAt!: Date;

  @Column('uuid', { nullable: true })
  decidedByUserId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_user_id', foreignKeyConstraintName: 'fk_directive_extension_request_decided_by' })
  decidedBy?: User | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('text', { nullable: true })
  decisionNote!: string | null;

  /** The deadline granted; set only when approved. */
  @Column('date', { nullable: true })
  approvedDueDate!: string | null;
}
