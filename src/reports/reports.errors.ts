import { DomainError } from '../common/errors/domain-error.js';
import { defineErrors } from '../common/errors/error-kind.js';

export const ReportsError = defineErrors({
  PeriodReversed: ['report_period_reversed', 'rule_broken'],
});

export function periodReversed(from: string, to: string): DomainError {
  return new DomainError(ReportsError.PeriodReversed, `The period cannot end (${to}) before it starts (${from}).`, [
    { field: 'to', message: 'to must be on or after from' },
  ]);
}
