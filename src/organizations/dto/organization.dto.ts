import { ApiProperty, PartialType } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/http/pagination.js';
import { EnumField, TextField, UuidField } from '../../common/validation/fields.js';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../organization-kind.js';
import type { Organization } from '../organization.entity.js';

export class CreateOrganizationDto {
  @TextField({ max: 300, example: 'Ban Quản lý Khu kinh tế tỉnh Lào Cai' })
  name!: string;

  @TextField({ max: 50, optional: true, nullable: true, example: 'BQL KKT', description: 'Unique, ignoring case.' })
  shortName?: string | null;

  @EnumField(ORGANIZATION_KINDS)
  kind!: OrganizationKind;

  @UuidField({ optional: true, nullable: true, description: 'The body this one belongs to.' })
  parentId?: string | null;
}

/** Every field of the creation may change; null is refused where the creation requires a value. */
export class UpdateOrganizationDto extends PartialType(CreateOrganizationDto, { skipNullProperties: false }) {}

export class ListOrganizationsQueryDto extends PageQueryDto {
  @EnumField(ORGANIZATION_KINDS, { optional: true })
  kind?: OrganizationKind;

  @UuidField({ optional: true, description: 'Only the direct children of this organization.' })
  parentId?: string;

  @TextField({
    max: 100,
    optional: true,
    description: 'Part of the name or short name; accents are ignored ("ke hoach" finds "Kế hoạch").',
  })
  q?: string;
}

export class OrganizationRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) shortName!: string | null;
}

export class OrganizationResponseDto extends OrganizationRefDto {
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: OrganizationKind;
  @ApiProperty({ type: OrganizationRefDto, nullable: true }) parent!: OrganizationRefDto | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class OrganizationPageDto {
  @ApiProperty({ type: OrganizationResponseDto, isArray: true }) items!: OrganizationResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toOrganizationRef(org: Pick<Organization, 'id' | 'name' | 'shortName'>): OrganizationRefDto {
  return { id: org.id, name: org.name, shortName: org.shortName };
}

export function toOrganizationResponse(org: Organization): OrganizationResponseDto {
  return {
    ...toOrganizationRef(org),
    kind: org.kind,
    parent: org.parent ? toOrganizationRef(org.parent) : null,
    version: org.version,
    createdAt: org.createdAt.toISOString(),
    updatedAt: org.updatedAt.toISOString(),
  };
}
