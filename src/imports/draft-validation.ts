import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import type { DraftContent, DraftOrganization, DraftPerson } from './draft-content.js';
import { DRAFT_LIMITS } from './draft-limits.js';
import { ImportError } from './imports.errors.js';

type Check = (field: string, ok: boolean, message: string) => void;

function text(check: Check, field: string, value: string | null, max: number): void {
  if (value !== null) check(field, value.length <= max, `${field} must be at most ${max} characters`);
}

function person(check: Check, field: string, p: DraftPerson | null): void {
  if (!p) return;
  if (p.proposal) {
    text(check, `${field}.proposal.fullName`, p.proposal.fullName, DRAFT_LIMITS.personName);
    text(check, `${field}.proposal.position`, p.proposal.position, DRAFT_LIMITS.position);
  }
  check(`${field}.candidates`, p.candidates.length <= DRAFT_LIMITS.candidates, `${field}.candidates has too many items`);
}

function organization(check: Check, field: string, o: DraftOrganization | null): void {
  if (!o?.proposal) return;
  text(check, `${field}.proposal.name`, o.proposal.name, DRAFT_LIMITS.organizationName);
  text(check, `${field}.proposal.shortName`, o.proposal.shortName, DRAFT_LIMITS.shortName);
}

/**
 * What every stored draft holds to, whoever wrote it (the reader or an
 * edit): the sizes a meeting can hold, at most one chair, confidences
 * between 0 and 1, and a directive's source speech among the draft's
 * speeches. A break is 422 naming the field, and nothing is written.
 */
export function draftProblems(content: DraftContent): FieldError[] {
  const errors: FieldError[] = [];
  const check: Check = (field, ok, message) => {
    if (!ok) errors.push({ field, message });
  };
  const { meeting, attendees, speeches, directives } = content;
  text(check, 'meeting.title', meeting.title, DRAFT_LIMITS.title);
  text(check, 'meeting.location', meeting.location, DRAFT_LIMITS.location);
  text(check, 'meeting.summary', meeting.summary, DRAFT_LIMITS.summary);
  organization(check, 'meeting.organizer', meeting.organizer);
  if (meeting.startsAt && meeting.endsAt) {
    check('meeting.endsAt', new Date(meeting.endsAt) >= new Date(meeting.startsAt), 'meeting.endsAt must not be earlier than startsAt');
  }
  check('attendees', attendees.length <= DRAFT_LIMITS.attendees, `attendees must have at most ${DRAFT_LIMITS.attendees} items`);
  check('speeches', speeches.length <= DRAFT_LIMITS.speeches, `speeches must have at most ${DRAFT_LIMITS.speeches} items`);
  check('directives', directives.length <= DRAFT_LIMITS.directives, `directives must have at most ${DRAFT_LIMITS.directives} items`);
  const items = [
    ...attendees.map((a, i) => ({ field: `attendees[${i}]`, item: a })),
    ...speeches.map((s, i) => ({ field: `speeches[${i}]`, item: s })),
    ...directives.map((d, i) => ({ field: `directives[${i}]`, item: d })),
  ];
  const keys = new Set<string>();
  for (const { field, item } of items) {
    check(`${field}.confidence`, item.confidence >= 0 && item.confidence <= 1, `${field}.confidence must be between 0 and 1`);
    check(`${field}.key`, !keys.has(item.key), `${field}.key is used by another item`);
    keys.add(item.key);
  }
  const chairs = attendees.flatMap((a, i) => (a.role === 'chair' ? [i] : []));
  for (const index of chairs.slice(1)) check(`attendees[${index}].role`, false, 'another attendee is already the chair');
  attendees.forEach((a, i) => person(check, `attendees[${i}].person`, a.person));
  const attendeeKeys = new Set(attendees.map((a) => a.key));
  speeches.forEach((s, i) => {
    person(check, `speeches[${i}].speaker`, s.speaker);
    if (s.speakerAttendeeKey)
      check(`speeches[${i}].speakerAttendeeKey`, attendeeKeys.has(s.speakerAttendeeKey), 'no attendee of the draft has this key');
    text(check, `speeches[${i}].title`, s.title, DRAFT_LIMITS.speechTitle);
    text(check, `speeches[${i}].text`, s.text, DRAFT_LIMITS.speechText);
  });
  directives.forEach((d, i) => {
    const field = `directives[${i}]`;
    text(check, `${field}.title`, d.title, DRAFT_LIMITS.directiveTitle);
    text(check, `${field}.description`, d.description, DRAFT_LIMITS.directiveDescription);
    organization(check, `${field}.lead`, d.lead);
    d.cooperating.forEach((c, j) => organization(check, `${field}.cooperating[${j}]`, c));
    check(`${field}.cooperating`, d.cooperating.length <= DRAFT_LIMITS.cooperating, `${field}.cooperating has too many items`);
    person(check, `${field}.owner`, d.owner);
    if (d.sourceSpeechIndex !== null) {
      check(
        `${field}.sourceSpeechIndex`,
        d.sourceSpeechIndex < speeches.length,
        `there are ${speeches.length} speeches (indexes 0 to ${speeches.length - 1})`,
      );
    }
  });
  return errors;
}

export function assertValidDraft(content: DraftContent): void {
  const errors = draftProblems(content);
  if (errors.length > 0) throw new DomainError(ImportError.InvalidDraft, 'The draft would break the rules a meeting follows.', errors);
}
