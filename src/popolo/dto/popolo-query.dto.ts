import { DateOnlyField } from '../../common/validation/fields.js';

export class PopoloPeriodQueryDto {
  @DateOnlyField({ description: "First day of the period (inclusive), in the office's zone.", example: '2024-01-01' }) from!: string;
  @DateOnlyField({ description: 'Last day of the period (inclusive); at most 366 days after `from`.', example: '2024-12-31' }) to!: string;
}
