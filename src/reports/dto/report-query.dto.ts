import { PageQueryDto } from '../../common/http/pagination.js';
import { DateOnlyField, UuidField } from '../../common/validation/fields.js';
import { type ExportFormat, ExportFormatField } from '../../exports/export-format.js';

const AS_OF = "The date deadlines are judged on (YYYY-MM-DD); today in the office's zone when absent.";

export class AsOfQueryDto {
  @DateOnlyField({ optional: true, description: AS_OF }) asOf?: string;
}

export class OverdueQueryDto extends PageQueryDto {
  @DateOnlyField({ optional: true, description: AS_OF }) asOf?: string;
  @UuidField({ optional: true, description: 'Only the directives this agency leads.' }) leadOrganizationId?: string;
  @ExportFormatField(
    'json (default): one page, grouped by lead agency. xlsx or csv: every overdue directive, one line each with its agency, `limit` and `cursor` ignored.',
  )
  format?: ExportFormat;
}

export class AgencyPerformanceQueryDto {
  @DateOnlyField({ description: 'First day of the period (inclusive).', example: '2024-01-01' }) from!: string;
  @DateOnlyField({ description: 'Last day of the period (inclusive).', example: '2024-06-30' }) to!: string;
  @DateOnlyField({ optional: true, description: AS_OF }) asOf?: string;
  @ExportFormatField('json (default). xlsx or csv: the same rows, then the totals row, under the official Vietnamese column headers.')
  format?: ExportFormat;
}
