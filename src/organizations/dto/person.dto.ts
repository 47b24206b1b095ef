import { ApiProperty, PartialType } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/http/pagination.js';
import { TextField, UuidField } from '../../common/validation/fields.js';
import type { Person } from '../person.entity.js';
import { OrganizationRefDto, toOrganizationRef } from './organization.dto.js';

export class CreatePersonDto {
  @TextField({ max: 200, example: 'Trịnh Xuân Trường' })
  fullName!: string;

  @TextField({ max: 500, optional: true, nullable: true, example: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh', description: 'Chức vụ.' })
  position?: string | null;

  @UuidField({ optional: true, nullable: true })
  organizationId?: string | null;
}

export class UpdatePersonDto extends PartialType(CreatePersonDto, { skipNullProperties: false }) {}

export class ListPeopleQueryDto extends PageQueryDto {
  @UuidField({ optional: true })
  organizationId?: string;

  @TextField({ max: 100, optional: true, description: 'Part of the name or position; accents are ignored.' })
  q?: string;
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
}

export class PersonResponseDto extends PersonRefDto {
  @ApiProperty({ type: OrganizationRefDto, nullable: true }) organization!: OrganizationRefDto | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PersonPageDto {
  @ApiProperty({ type: PersonResponseDto, isArray: true }) items!: PersonResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toPersonRef(person: Pick<Person, 'id' | 'fullName' | 'position'>): PersonRefDto {
  return { id: person.id, fullName: person.fullName, position: person.position };
}

export function toPersonResponse(person: Person): PersonResponseDto {
  return {
    ...toPersonRef(person),
    organization: person.organization ? toOrganizationRef(person.organization) : null,
    version: person.version,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
}
