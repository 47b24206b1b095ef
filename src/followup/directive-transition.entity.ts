import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { DirectiveStatus } from '../directives/directive-enums.js';
import { Directive } from '../directives/directive.entity.js';
import { User } from '../users/user.entity.js';
import type { TransitionAction } from './workflow.js';

/**
 * One step of a directive's workflow with its note (the result achieved, what
 * is missing, why it was paused): the readable story of the directive. The
 * audit trail keeps the legal record of the same change.
 */
@Entity('directive_transition')
@Index('ix_directive_transition_directive', ['directiveId', 'occurredAt'])
@Check('ck_directive_transition_action', `"action" IN ('start','submit','confirm','reject','pause','resume','cancel','reopen')`)
export class DirectiveTransition {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_directive_transition' })
  id!: string;

  /**
   * The order the steps were taken in. Instants come from the service's clock
   * and can tie (two steps in one millisecond, or a clock that stands still in
   * a test); the order of a story must not depend on random ids.
   */
  @Column('bigint')
  @Generated('increment')
  seq!: string;

  @Column('uuid')
  directiveId!: string;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id', foreignKeyConstraintName: 'fk_directive_transition_directive' })
  directive?: Directive;

  @Column('varchar', { length: 20 })
  action!: TransitionAction;

  @Column('varchar', { length: 30 })
  fromStatus!: DirectiveStatus;

  @Column('varchar', { length: 30 })
  toStatus!: DirectiveStatus;

  @Column('text', { nullable: true })
  note!: string | null;

  /** The evidence files submitted with this step (attachment ids; the files point back to the directive). */
  @Column('uuid', { array: true, default: () => "'{}'" })
  attachmentIds!: string[];

  @Column('uuid')
  actorUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'fk_directive_transition_actor' })
  actor?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;
}
