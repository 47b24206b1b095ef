import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../database/tracked.entity.js';
import type { OrganizationKind } from './organization-kind.js';

@Entity('organization')
@Check(
  'ck_organization_kind',
  `"kind" IN ('party_committee','peoples_council','peoples_committee','department','district','board','agency','enterprise','other')`,
)
@Check('ck_organization_not_own_parent', `"parent_id" IS NULL OR "parent_id" <> "id"`)
// Case-insensitive uniqueness of short names is an expression index written in the migration.
@Index('uq_organization_short_name', { synchronize: false })
@Index('ix_organization_name_id', ['name', 'id'])
export class Organization extends Tracked {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organization' })
  id!: string;

  @Column('varchar', { length: 300 })
  name!: string;

  @Column('varchar', { length: 50, nullable: true })
  shortName!: string | null;

  @Column('varchar', { length: 40 })
  kind!: OrganizationKind;

  @Index('ix_organization_parent_id')
  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_organization_parent' })
  parent?: Organization | null;
}
