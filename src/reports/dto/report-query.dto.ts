import { PageQueryDto } from '../../common/http/pagination.js';
import { DateOnlyField, UuidField } from '../../common/validation/fields.js';

const AS_OF = "The date deadlines are judged on (YYYY-MM-DD); today in the office's zone when absent.";

export class AsOfQueryDto {
  @DateOnlyField({ optional: true, description: AS_OF }) asOf?: string;
}

export class OverdueQueryDto extends PageQueryDto {
  @DateOnlyField({ optional: true, description: AS_OF }) asOf?: string;
  @UuidField({ optional: true, description: 'Only the directives this agency leads.' }) leadOrganizationId?: string;
}

export class AgencyPerformanceQueryDto {
  @DateOnlyField({ description: 'First day of the period (inclusive).', example: '2024-01-01' }) from!: string;
  @DateOnlyField({ description: 'Last day of the period (inclusive).', example: '2024-06-30' }) to!: string;
  @DateOnlyField({ optional: true, description: AS_OF }) asOf?: string;
}
