import { DomainError } from '../common/errors/domain-error.js';
import { defineErrors } from '../common/errors/error-kind.js';
import type { UniqueViolations } from '../common/errors/unique-violations.js';

export const MeetingError = defineErrors({
  MeetingNotFound: ['meeting_not_found', 'not_found'],
  AttendeeNotFound: ['attendee_not_found', 'not_found'],
  SpeechNotFound: ['speech_not_found', 'not_found'],
  AttendeeAlreadyPresent: ['attendee_already_present', 'conflict'],
  AlreadyHasChair: ['meeting_already_has_chair', 'conflict'],
  SpeechPositionOutOfRange: ['speech_position_out_of_range', 'rule_broken'],
  PeriodInvalid: ['meeting_period_invalid', 'rule_broken'],
});

export const MEETING_UNIQUE_VIOLATIONS: UniqueViolations = {
  uq_meeting_attendee_person: {
    error: MeetingError.AttendeeAlreadyPresent,
    detail: 'This person is already an attendee of the meeting.',
    field: 'personId',
  },
  uq_meeting_attendee_one_chair: { error: MeetingError.AlreadyHasChair, detail: 'The meeting already has a chair.', field: 'role' },
};

export function meetingNotFound(id: string): DomainError {
  return new DomainError(MeetingError.MeetingNotFound, `No meeting has the id ${id}.`);
}

export function attendeeNotFound(id: string): DomainError {
  return new DomainError(MeetingError.AttendeeNotFound, `This meeting has no attendee with the id ${id}.`);
}

export function speechNotFound(id: string): DomainError {
  return new DomainError(MeetingError.SpeechNotFound, `This meeting has no speech with the id ${id}.`);
}
