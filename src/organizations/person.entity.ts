import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../database/tracked.entity.js';
import { Organization } from './organization.entity.js';

@Entity('person')
@Index('ix_person_full_name_id', ['fullName', 'id'])
export class Person extends Tracked {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_person' })
  id!: string;

  @Column('varchar', { length: 200 })
  fullName!: string;

  /** Chức vụ, e.g. "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh". */
  @Column('varchar', { length: 500, nullable: true })
  position!: string | null;

  @Index('ix_person_organization_id')
  @Column('uuid', { nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_person_organization' })
  organization?: Organization | null;
}
