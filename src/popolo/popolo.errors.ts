import { DomainError } from '../common/errors/domain-error.js';
import { defineErrors } from '../common/errors/error-kind.js';

export const PopoloError = defineErrors({
  MeetingNotPublished: ['meeting_not_published', 'conflict'],
  PeriodReversed: ['popolo_period_reversed', 'rule_broken'],
  PeriodTooLong: ['popolo_period_too_long', 'rule_broken'],
});

/** The longest period one request exports: a year, whatever its length. Longer archives are fetched year by year. */
export const MAX_PERIOD_DAYS = 366;

export function meetingNotPublished(id: string): DomainError {
  return new DomainError(
    PopoloError.MeetingNotPublished,
    `The meeting ${id} is a draft: only published meetings are open data. Publish it first.`,
  );
}

export function periodReversed(from: string, to: string): DomainError {
  return new DomainError(PopoloError.PeriodReversed, `The period cannot end (${to}) before it starts (${from}).`, [
    { field: 'to', message: 'to must be on or after from' },
  ]);
}

export function periodTooLong(from: string, to: string): DomainError {
  return new DomainError(
    PopoloError.PeriodTooLong,
    `The period ${from} to ${to} is longer than ${MAX_PERIOD_DAYS} days: export it a year at a time.`,
    [{ field: 'to', message: `to must be at most ${MAX_PERIOD_DAYS} days after from` }],
  );
}
