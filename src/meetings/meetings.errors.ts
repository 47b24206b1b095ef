import { DomainError } from '../common/errors/domain-error.js';

export const MeetingErrorCode = {
  MeetingNotFound: 'meeting_not_found',
  AttendeeNotFound: 'attendee_not_found',
  SpeechNotFound: 'speech_not_found',
  AttendeeAlreadyPresent: 'attendee_already_present',
  AlreadyHasChair: 'meeting_already_has_chair',
  SpeechPositionOutOfRange: 'speech_position_out_of_range',
  PeriodInvalid: 'meeting_period_invalid',
} as const;
export type MeetingErrorCode = (typeof MeetingErrorCode)[keyof typeof MeetingErrorCode];

export function meetingNotFound(id: string): DomainError {
  return new DomainError(MeetingErrorCode.MeetingNotFound, `No meeting has the id ${id}.`);
}
