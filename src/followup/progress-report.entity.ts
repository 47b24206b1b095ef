import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Directive } from '../directives/directive.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';

/** The lead agency reports its progress; a cooperating agency reports its contribution, which never moves the directive. */
export const PROGRESS_REPORT_KINDS = ['progress', 'contribution'] as const;
export type ProgressReportKind = (typeof PROGRESS_REPORT_KINDS)[number];

/**
 * One report (báo cáo tiến độ) of an agency on a directive: what was done
 * and, for the lead agency, how far the work is, in percent. The agency is stored as it was when it
 * reported, so a later change of lead does not rewrite who said what. Files
 * attached to a report belong in a table of their own that points here, so
 * this row never changes once written.
 */
@Entity('directive_progress_report')
@Index('ix_directive_progress_report_directive', ['directiveId', 'reportedAt', 'seq'])
@Check('ck_directive_progress_report_kind', `"kind" IN ('progress','contribution')`)
@Check('ck_directive_progress_report_percent', `"percent" BETWEEN 0 AND 100`)
// The lead agency says how far the work is; a cooperating agency's contribution moves no percent, so it has none.
@Check('ck_directive_progress_report_percent_of_progress', `("kind" = 'progress') = ("percent" IS NOT NULL)`)
export class DirectiveProgressReport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_directive_progress_report' })
  id!: string;

  /** The order reports came in, even within one millisecond: "the latest report" must not hang on a random id. */
  @Column('bigint')
  @Generated('increment')
  seq!: string;

  @Column('uuid')
  directiveId!: string;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id', foreignKeyConstraintName: 'fk_directive_progress_report_directive' })
  directive?: Directive;

  @Column('varchar', { length: 20 })
  kind!: ProgressReportKind;

  @Column('smallint', { nullable: true })
  percent!: number | null;

  @Column('text')
  note!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_directive_progress_report_organization' })
  organization?: Organization;

  @Column('uuid')
  reportedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reported_by_user_id', foreignKeyConstraintName: 'fk_directive_progress_report_user' })
  reportedBy?: User;

  /** The evidence files sent with the report (attachment ids; the files point back to the directive). */
  @Column('uuid', { array: true, default: () => "'{}'" })
  attachmentIds!: string[];

  /** From the service's clock (milliseconds, like the cursors of the list that pages on it). */
  @Column('timestamptz')
  reportedAt!: Date;
}
