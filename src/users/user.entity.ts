import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../database/tracked.entity.js';
import type { Role } from '../common/roles.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../organizations/person.entity.js';

@Entity('app_user')
@Check('ck_app_user_role', `"role" IN ('admin','secretariat','leader','department_head','department_staff')`)
@Check('ck_app_user_agency_role_has_organization', `"role" NOT IN ('department_head','department_staff') OR "organization_id" IS NOT NULL`)
// Usernames are unique ignoring case: an expression index written in the migration.
@Index('uq_app_user_username', { synchronize: false })
export class User extends Tracked {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_app_user' })
  id!: string;

  @Column('varchar', { length: 100 })
  username!: string;

  @Column('varchar', { length: 200 })
  displayName!: string;

  @Column('varchar', { length: 30 })
  role!: Role;

  @Index('ix_app_user_organization_id')
  @Column('uuid', { nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_app_user_organization' })
  organization?: Organization | null;

  @Column('uuid', { nullable: true })
  personId!: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_app_user_person' })
  person?: Person | null;

  @Column('boolean', { default: true })
  active!: boolean;

  /**
   * Where the daily digest is mailed; none: the user reads it in the app only.
   * Not unique: a department may give several accounts its shared mailbox.
   */
  @Column('varchar', { length: 320, nullable: true })
  email!: string | null;

  /** argon2id, in PHC string format (algorithm and parameters included). */
  @Column('varchar', { length: 255, select: false })
  passwordHash!: string;

  @Column('timestamptz', { default: () => 'now()' })
  passwordChangedAt!: Date;
}
