import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';
import { Directive } from './directive.entity.js';

/**
 * A cooperating agency (cơ quan phối hợp) of a directive. Its own entity rather
 * than a ManyToMany, so rows are written explicitly and never removed by an
 * ORM orphan rule.
 */
@Entity('directive_cooperating_organization')
// An agency's directives by this index alone (index-only scans): its list, its search, the visibility rule.
@Index('ix_directive_cooperating_organization_org_directive', ['organizationId', 'directiveId'])
export class DirectiveCooperation {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_directive_cooperating_organization' })
  directiveId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_directive_cooperating_organization' })
  organizationId!: string;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id', foreignKeyConstraintName: 'fk_directive_cooperating_organization_directive' })
  directive?: Directive;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_directive_cooperating_organization_organization' })
  organization?: Organization;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
