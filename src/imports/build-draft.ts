import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type {
  DraftContent,
  DraftOrganization,
  DraftPerson,
  DraftWarning,
  OrganizationCandidate,
  PersonCandidate,
} from './draft-content.js';
import { DRAFT_LIMITS } from './draft-limits.js';
import type { ExtractionResult, PersonMention, SourceSpan } from './extraction/extraction-types.js';
import { matchOrganizations, matchPeople, type Matched } from './match-records.js';
import { guessOrganizationKind } from './organization-names.js';
import { warningItemKey } from './warning-items.js';
import { withoutDiacritics } from '../common/text/without-diacritics.js';

/** Text longer than its field allows is cut at a word and marked, never refused: the secretariat sees the source beside it. */
export function fit(text: string | null, max: number): string | null {
  if (text === null) return null;
  const clean = text.normalize('NFC').trim();
  if (clean === '') return null;
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${atWord > max / 2 ? cut.slice(0, atWord) : cut}…`;
}

export const newKey = (): string => randomUUID();

const folded = (text: string | null): string =>
  withoutDiacritics(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The one existing person a proposal would duplicate: the only candidate,
 * when it bears the same name, or when the text names nobody but a post (an
 * office is recorded once, under whatever wording: "Lãnh đạo ngành Công thương
 * tỉnh" is the directory's "Lãnh đạo Sở Công Thương" far more often than a
 * new person). Chosen, but flagged for the secretariat to check.
 */
export function duplicatedCandidate(mention: PersonMention, match: Matched<PersonCandidate>): PersonCandidate | null {
  if (match.chosen || match.candidates.length !== 1) return null;
  const [only] = match.candidates as [PersonCandidate];
  if (mention.fullName) return folded(only.fullName) === folded(mention.fullName) ? only : null;
  return mention.position ? only : null;
}

export function personFrom(mention: PersonMention, match: Matched<PersonCandidate>): DraftPerson {
  const fullName = fit(mention.fullName ?? mention.position, DRAFT_LIMITS.personName);
  const chosen = match.chosen ?? duplicatedCandidate(mention, match);
  return {
    personId: chosen?.id ?? null,
    proposal: chosen || !fullName ? null : { fullName, position: fit(mention.position, DRAFT_LIMITS.position) },
    candidates: match.candidates,
    mention: { fullName: mention.fullName, position: mention.position, organizationName: mention.organizationName },
  };
}

export function organizationFrom(name: string, span: SourceSpan | null, match: Matched<OrganizationCandidate>): DraftOrganization {
  const fitted = fit(name, DRAFT_LIMITS.organizationName);
  return {
    organizationId: match.chosen?.id ?? null,
    proposal: match.chosen || !fitted ? null : { name: fitted, shortName: null, kind: guessOrganizationKind(fitted) },
    candidates: match.candidates,
    mention: name,
    span,
  };
}

/**
 * The editable draft of what the reader found: every person and agency it
 * named matched to the directory (two queries in all), the rest as read,
 * each field fitted to what a meeting can hold.
 */
export async function buildDraft(em: EntityManager, read: ExtractionResult): Promise<DraftContent> {
  const attendees = read.attendees.slice(0, DRAFT_LIMITS.attendees);
  const speeches = read.speeches.slice(0, DRAFT_LIMITS.speeches);
  const directives = read.directives.slice(0, DRAFT_LIMITS.directives);

  // A speaker who is one of the attendees is that attendee: matched once, the same record.
  const people: PersonMention[] = [
    ...attendees.map((a) => a.person),
    ...speeches.filter((s) => s.speakerAttendeeIndex === null || !attendees[s.speakerAttendeeIndex]).map((s) => s.speaker),
  ];
  const organizations: { name: string; span: SourceSpan | null }[] = [
    ...(read.meeting.organizerName ? [{ name: read.meeting.organizerName, span: read.meeting.organizerSpan }] : []),
    ...directives.flatMap((d) => [...(d.lead ? [d.lead] : []), ...d.cooperating.slice(0, DRAFT_LIMITS.cooperating)]),
  ];
  const personMatches = await matchPeople(em, people);
  const organizationMatches = await matchOrganizations(
    em,
    organizations.map((o) => o.name),
  );
  let nextPerson = 0;
  let nextOrganization = 0;
  const person = (mention: PersonMention): DraftPerson => personFrom(mention, personMatches[nextPerson++]!);
  const organization = (name: string, span: SourceSpan | null): DraftOrganization =>
    organizationFrom(name, span, organizationMatches[nextOrganization++]!);

  const guessed: DraftWarning[] = [];
  const draftAttendees = attendees.map((a) => {
    const key = newKey();
    const match = personMatches[nextPerson]!;
    const drafted = person(a.person);
    const guess = duplicatedCandidate(a.person, match);
    if (guess) {
      const named = a.person.fullName ?? a.person.position ?? '';
      guessed.push({
        code: 'person_guessed',
        message: `Đã chọn «${[guess.fullName, guess.position].filter(Boolean).join(', ')}» trong danh bạ cho «${named}»; hãy kiểm tra.`,
        span: a.span,
        itemKey: key,
        meetingId: null,
      });
    }
    return { key, person: drafted, role: a.role, attended: true, span: a.span, confidence: a.confidence };
  });
  const organizer = read.meeting.organizerName ? organization(read.meeting.organizerName, read.meeting.organizerSpan) : null;
  const draftSpeeches = speeches.map((s) => {
    const attendee = s.speakerAttendeeIndex === null ? undefined : draftAttendees[s.speakerAttendeeIndex];
    return {
      key: newKey(),
      speaker: attendee ? structuredClone(attendee.person) : person(s.speaker),
      speakerAttendeeKey: attendee?.key ?? null,
      kind: s.kind,
      title: null,
      text: fit(s.text, DRAFT_LIMITS.speechText),
      span: s.span,
      confidence: s.confidence,
    };
  });
  const draftDirectives = directives.map((d) => ({
    key: newKey(),
    title: fit(d.title, DRAFT_LIMITS.directiveTitle) ?? '',
    description: fit(d.description, DRAFT_LIMITS.directiveDescription),
    lead: d.lead ? organization(d.lead.name, d.lead.span) : null,
    cooperating: d.cooperating.slice(0, DRAFT_LIMITS.cooperating).map((c) => organization(c.name, c.span)),
    owner: null,
    priority: 'normal' as const,
    dueDate: d.dueDate,
    dueText: fit(d.dueText, DRAFT_LIMITS.dueText),
    dueSpan: d.dueSpan,
    sourceSpeechIndex: d.sourceSpeechIndex !== null && d.sourceSpeechIndex < draftSpeeches.length ? d.sourceSpeechIndex : null,
    span: d.span,
    confidence: d.confidence,
  }));
  const content: DraftContent = {
    meeting: {
      title: fit(read.meeting.title, DRAFT_LIMITS.title),
      titleSpan: read.meeting.titleSpan,
      kind: read.meeting.kind,
      startsAt: read.meeting.startsAt,
      startsAtSpan: read.meeting.startsAtSpan,
      startsAtConfidence: read.meeting.startsAtConfidence,
      endsAt: null,
      location: fit(read.meeting.location, DRAFT_LIMITS.location),
      locationSpan: read.meeting.locationSpan,
      organizer,
      summary: null,
    },
    attendees: draftAttendees,
    speeches: draftSpeeches,
    directives: draftDirectives.filter((d) => d.title !== ''),
    warnings: [],
    documentNumbers: read.meeting.documentNumbers.slice(0, 50),
  };
  content.warnings = [
    ...read.warnings.map((w) => ({
      code: w.code,
      message: fit(w.message, 1000) ?? w.code,
      span: w.span,
      itemKey: warningItemKey(content, w.code, w.span),
      meetingId: null,
    })),
    ...guessed,
  ].slice(0, DRAFT_LIMITS.warnings);
  return content;
}
