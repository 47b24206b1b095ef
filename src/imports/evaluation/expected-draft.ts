import { ATTENDEE_ROLES, SPEECH_KINDS, type AttendeeRole, type SpeechKind } from '../../meetings/meeting-enums.js';

/**
 * The draft a careful secretary would make of a corpus text
 * (test/fixtures/imports/NAME.expected.json; the rules are in that folder's README).
 */
export interface ExpectedDraft {
  style: 'news' | 'conclusion_notice' | 'party_conclusion' | 'minutes';
  publishedOn: string | null;
  /** options.today for the extractor; a fixed day keeps the figures reproducible. */
  today: string | null;
  meeting: {
    startsAt: string | null;
    location: string | null;
    organizerName: string | null;
    documentNumbers: string[];
  };
  attendees: ExpectedAttendee[];
  speeches: ExpectedSpeech[];
  directives: ExpectedDirective[];
  /** Warning codes the draft must carry ("no_meeting"). */
  warnings: string[];
}

export interface ExpectedAttendee {
  fullName: string | null;
  position: string | null;
  role: AttendeeRole;
}

export interface ExpectedSpeech {
  /** Any of these identifies the speaker: a name or a position. */
  speaker: string[];
  /** Any of these kinds counts. */
  kind: SpeechKind[];
  /** Phrases the speech's text must hold: what this speaker said. */
  mustContain: string[];
  /** Phrases it must not hold: narration or another speaker's words that a reader could pin on this one. */
  mustNotContain: string[];
}

export interface ExpectedDirective {
  mustContain: string;
  lead: string | null;
  cooperating: string[];
  dueDate: string | null;
  /** Found, it counts for nothing; missed, it costs nothing. */
  optional: boolean;
}

export class ExpectedDraftError extends Error {}

const STYLES = ['news', 'conclusion_notice', 'party_conclusion', 'minutes'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads an expected draft from parsed JSON, naming the first field that is wrong. */
export function parseExpectedDraft(json: unknown, source: string): ExpectedDraft {
  const fail = (path: string, what: string): never => {
    throw new ExpectedDraftError(`${source}: ${path} ${what}`);
  };
  const root = object(json, 'the document', fail);
  const meeting = object(root.meeting, 'meeting', fail);
  return {
    style: oneOf(root.style, STYLES, 'style', fail),
    publishedOn: day(root.publishedOn, 'publishedOn', fail),
    today: day(root.today, 'today', fail),
    meeting: {
      startsAt: nullableString(meeting.startsAt, 'meeting.startsAt', fail),
      location: nullableString(meeting.location, 'meeting.location', fail),
      organizerName: nullableString(meeting.organizerName, 'meeting.organizerName', fail),
      documentNumbers: strings(meeting.documentNumbers, 'meeting.documentNumbers', fail),
    },
    attendees: array(root.attendees, 'attendees', fail).map((item, i) => {
      const a = object(item, `attendees[${i}]`, fail);
      const fullName = nullableString(a.fullName, `attendees[${i}].fullName`, fail);
      const position = nullableString(a.position, `attendees[${i}].position`, fail);
      if (fullName === null && position === null) fail(`attendees[${i}]`, 'has neither a name nor a position');
      return { fullName, position, role: oneOf(a.role, ATTENDEE_ROLES, `attendees[${i}].role`, fail) };
    }),
    speeches: array(root.speeches, 'speeches', fail).map((item, i) => {
      const s = object(item, `speeches[${i}]`, fail);
      const speaker = oneOrMany(s.speaker, `speeches[${i}].speaker`, fail);
      const kinds = oneOrMany(s.kind, `speeches[${i}].kind`, fail);
      return {
        speaker,
        kind: kinds.map((k, j) => oneOf(k, SPEECH_KINDS, `speeches[${i}].kind[${j}]`, fail)),
        mustContain: strings(s.mustContain, `speeches[${i}].mustContain`, fail),
        mustNotContain: strings(s.mustNotContain, `speeches[${i}].mustNotContain`, fail),
      };
    }),
    directives: array(root.directives, 'directives', fail).map((item, i) => {
      const d = object(item, `directives[${i}]`, fail);
      const mustContain = nullableString(d.mustContain, `directives[${i}].mustContain`, fail);
      if (mustContain === null || mustContain.trim() === '') return fail(`directives[${i}].mustContain`, 'is empty');
      if (d.optional !== undefined && typeof d.optional !== 'boolean') fail(`directives[${i}].optional`, 'is not a boolean');
      return {
        mustContain,
        lead: nullableString(d.lead, `directives[${i}].lead`, fail),
        cooperating: strings(d.cooperating, `directives[${i}].cooperating`, fail),
        dueDate: day(d.dueDate, `directives[${i}].dueDate`, fail),
        optional: d.optional === true,
      };
    }),
    warnings: root.warnings === undefined ? [] : strings(root.warnings, 'warnings', fail),
  };
}

type Fail = (path: string, what: string) => never;

function object(value: unknown, path: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'is not an object');
  return value as Record<string, unknown>;
}

function array(value: unknown, path: string, fail: Fail): unknown[] {
  if (!Array.isArray(value)) return fail(path, 'is not an array');
  return value;
}

function nullableString(value: unknown, path: string, fail: Fail): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return fail(path, 'is not a string');
  return value;
}

function strings(value: unknown, path: string, fail: Fail): string[] {
  if (value === undefined) return [];
  return array(value, path, fail).map((item, i) => (typeof item === 'string' ? item : fail(`${path}[${i}]`, 'is not a string')));
}

function oneOrMany(value: unknown, path: string, fail: Fail): string[] {
  const list = typeof value === 'string' ? [value] : strings(value, path, fail);
  if (list.length === 0) fail(path, 'is empty');
  return list;
}

function day(value: unknown, path: string, fail: Fail): string | null {
  const text = nullableString(value, path, fail);
  if (text !== null && !DAY.test(text)) fail(path, 'is not a YYYY-MM-DD date');
  return text;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, fail: Fail): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    return fail(path, `is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}
