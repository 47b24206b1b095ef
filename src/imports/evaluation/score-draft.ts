import type {
  ExtractedAttendee,
  ExtractedDirective,
  ExtractedSpeech,
  ExtractionResult,
  PersonMention,
} from '../extraction/extraction-types.js';
import { sameAgency, sameAgencyExactly, samePosition } from './agency-names.js';
import { titleDefect } from './title-defects.js';
import { NO_COUNTS, addCounts, type Counts } from './counts.js';
import type { ExpectedAttendee, ExpectedDirective, ExpectedDraft, ExpectedSpeech } from './expected-draft.js';
import { containsWords, foldText, overlapsWords } from './folded-text.js';
import { scoreSpeechTexts, type SpeechTextTally } from './speech-texts.js';

export const SCORED_ITEMS = [
  'attendees',
  'positions',
  'speakers',
  'speeches',
  'directives',
  'leads',
  'cooperating',
  'deadlines',
  'documentNumbers',
] as const;
export type ScoredItem = (typeof SCORED_ITEMS)[number];

export const MEETING_FIELDS = ['date', 'time', 'location', 'organizer', 'chair'] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];

/**
 * One expected value against what was extracted: `absent` when neither has
 * one (nothing to score), `spurious` when only the extractor has one.
 */
export type FieldOutcome = 'correct' | 'wrong' | 'missing' | 'spurious' | 'absent';

export interface TitleTally {
  /** Extracted directives whose title reads as a task, not a fragment. */
  clean: number;
  /** Extracted directives. */
  total: number;
}

export interface DraftScore {
  counts: Record<ScoredItem, Counts>;
  /** Every extracted directive's title, expected or not, checked for fragments (see titleDefect). */
  titles: TitleTally;
  /** Expected speeches with `mustContain`/`mustNotContain` phrases, and those whose matched speech's text keeps to them. */
  speechTexts: SpeechTextTally;
  meeting: Record<MeetingField, FieldOutcome>;
  /** Expected warning codes the draft does not carry. */
  missingWarnings: string[];
  /** What was missed or invented, one line each, for the extractor's author. */
  notes: string[];
}

/**
 * Scores an extracted draft against the expected one. Text is compared
 * folded (see foldText); agencies and positions through sameAgency.
 * - attendees: matched one to one by name, or by position when the expected one has no name; positions on matched ones;
 * - speakers/speeches: the longest common subsequence, so order matters — on the speaker alone, then on speaker and kind;
 * - speech texts: on the speeches that subsequence pairs, the expected `mustContain`/`mustNotContain` phrases;
 * - directives: an extracted directive matches when its title or description contains the expected `mustContain`;
 * - leads, cooperating agencies and deadlines: only on matched directives; agencies through sameAgencyExactly;
 * - titles: every extracted directive's title is checked for fragments (titleDefect).
 */
export function scoreDraft(result: ExtractionResult, expected: ExpectedDraft): DraftScore {
  const notes: string[] = [];
  const speakerOf = (speech: ExtractedSpeech) => speakerCandidates(speech, result.attendees);
  const { attendees, positions } = scoreAttendees(result.attendees, expected.attendees, notes);
  const speakers = scoreSequence(result.speeches, expected.speeches, (e, s) => speakerMatches(e, speakerOf(s)), null).counts;
  const { counts: speeches, pairs: speechPairs } = scoreSequence(
    result.speeches,
    expected.speeches,
    (e, s) => speakerMatches(e, speakerOf(s)) && e.kind.includes(s.kind),
    {
      notes,
      describe: (s) => `${describePerson(s.speaker)} (${s.kind})`,
    },
  );
  const directives = scoreDirectives(result.directives, expected.directives, notes);
  return {
    counts: {
      attendees,
      positions,
      speakers,
      speeches,
      ...directives,
      documentNumbers: scoreDocumentNumbers(
        result.meeting.documentNumbers.map((d) => d.value),
        expected.meeting.documentNumbers,
        notes,
      ),
    },
    titles: scoreTitles(result.directives, notes),
    speechTexts: scoreSpeechTexts(result.speeches, expected.speeches, speechPairs, notes),
    meeting: {
      date: compareField(expected.meeting.startsAt, result.meeting.startsAt, (e, g) => localDay(e) === localDay(g)),
      time: compareField(expected.meeting.startsAt, result.meeting.startsAt, (e, g) => localTime(e) === localTime(g)),
      location: compareField(expected.meeting.location, result.meeting.location, (e, g) => overlapsWords(foldText(e), foldText(g))),
      organizer: compareField(expected.meeting.organizerName, result.meeting.organizerName, sameAgency),
      chair: compareChair(result.attendees, expected.attendees),
    },
    missingWarnings: expected.warnings.filter((code) => !result.warnings.some((w) => w.code === code)),
    notes,
  };
}

/** Attendees matched one to one; then, on each matched attendee expected with a name and a position, the position. */
function scoreAttendees(
  found: ExtractedAttendee[],
  expected: ExpectedAttendee[],
  notes: string[],
): { attendees: Counts; positions: Counts } {
  const pairs = matchOneToOne(expected, found, [(e, f) => personMatches(e, f.person, true), (e, f) => personMatches(e, f.person, false)]);
  let positions = NO_COUNTS;
  expected.forEach((e, i) => {
    const j = pairs.get(i);
    if (j === undefined) notes.push(`attendee missed: ${describeExpectedPerson(e)}`);
    else if (e.fullName !== null && e.position !== null) {
      const got = found[j].person.position;
      const counts = compareCounts(e.position, got, samePosition);
      if (counts.tp === 0) notes.push(`position of ${e.fullName}: expected ${e.position}, got ${got ?? '—'}`);
      positions = addCounts(positions, counts);
    }
  });
  const used = new Set(pairs.values());
  found.forEach((f, j) => {
    if (!used.has(j)) notes.push(`attendee not expected: ${describePerson(f.person)}`);
  });
  return { attendees: { tp: pairs.size, fp: found.length - pairs.size, fn: expected.length - pairs.size }, positions };
}

function personMatches(expected: ExpectedAttendee, found: PersonMention, exact: boolean): boolean {
  if (expected.fullName !== null) {
    if (found.fullName === null) return false;
    const [e, f] = [foldText(expected.fullName), foldText(found.fullName)];
    return exact ? e === f : overlapsWords(e, f);
  }
  if (found.position === null || expected.position === null) return false;
  return exact ? foldText(expected.position) === foldText(found.position) : samePosition(expected.position, found.position);
}

function compareChair(found: ExtractedAttendee[], expected: ExpectedAttendee[]): FieldOutcome {
  const wanted = expected.find((a) => a.role === 'chair');
  const chairs = found.filter((a) => a.role === 'chair');
  if (wanted === undefined) return chairs.length === 0 ? 'absent' : 'spurious';
  if (chairs.length === 0) return 'missing';
  return chairs.length === 1 && personMatches(wanted, chairs[0].person, false) ? 'correct' : 'wrong';
}

interface SpeakerCandidates {
  names: string[];
  positions: string[];
}

/** A speaker is identified by their own mention, the attendee it points at, and (for a report by an agency) the organization. */
function speakerCandidates(speech: ExtractedSpeech, attendees: ExtractedAttendee[]): SpeakerCandidates {
  const attendee = speech.speakerAttendeeIndex === null ? undefined : attendees[speech.speakerAttendeeIndex]?.person;
  const mentions = [speech.speaker, ...(attendee ? [attendee] : [])];
  return {
    names: mentions.flatMap((m) => (m.fullName === null ? [] : [m.fullName])),
    positions: mentions.flatMap((m) => [m.position, m.organizationName].filter((p): p is string => p !== null)),
  };
}

function speakerMatches(expected: ExpectedSpeech, found: SpeakerCandidates): boolean {
  return expected.speaker.some(
    (who) =>
      found.names.some((name) => overlapsWords(foldText(who), foldText(name))) ||
      found.positions.some((position) => samePosition(who, position)),
  );
}

/**
 * The longest common subsequence of the expected and extracted sequences: items out of order count once.
 * `pairs` maps each expected item in it to the extracted one it was paired with.
 */
function scoreSequence<E, F>(
  found: F[],
  expected: E[],
  same: (e: E, f: F) => boolean,
  report: { notes: string[]; describe: (f: F) => string } | null,
): { counts: Counts; pairs: Map<number, number> } {
  const n = expected.length;
  const m = found.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = same(expected[i], found[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  // Walk the table once to pair the items of the common subsequence and name those on either side that fell out of it.
  const pairs = new Map<number, number>();
  for (let i = 0, j = 0; i < n || j < m;) {
    if (i < n && j < m && same(expected[i], found[j]) && table[i][j] === table[i + 1][j + 1] + 1) {
      pairs.set(i, j);
      i++;
      j++;
    } else if (j < m && (i === n || table[i][j + 1] >= table[i + 1][j])) {
      report?.notes.push(`speech not expected here: ${report.describe(found[j])}`);
      j++;
    } else {
      report?.notes.push(`speech missed or out of order: ${describeSpeech(expected[i] as ExpectedSpeech)}`);
      i++;
    }
  }
  const tp = table[0][0];
  return { counts: { tp, fp: m - tp, fn: n - tp }, pairs };
}

function scoreDirectives(
  found: ExtractedDirective[],
  expected: ExpectedDirective[],
  notes: string[],
): Pick<Record<ScoredItem, Counts>, 'directives' | 'leads' | 'cooperating' | 'deadlines'> {
  const pairs = matchOneToOne(expected, found, [
    (e, f) => containsWords(foldText(`${f.title} ${f.description ?? ''}`), foldText(e.mustContain)),
  ]);
  const used = new Set(pairs.values());
  let leads = NO_COUNTS;
  let cooperating = NO_COUNTS;
  let deadlines = NO_COUNTS;
  let tp = 0;
  expected.forEach((e, i) => {
    const j = pairs.get(i);
    if (j === undefined) {
      if (!e.optional) notes.push(`directive missed: «${e.mustContain}»`);
      return;
    }
    if (e.optional) return;
    tp++;
    const f = found[j];
    leads = add(
      leads,
      compareCounts(e.lead, f.lead?.name ?? null, sameAgencyExactly),
      notes,
      `lead of «${e.mustContain}»`,
      e.lead,
      f.lead?.name,
    );
    cooperating = addCounts(
      cooperating,
      scoreCooperating(
        f.cooperating.map((c) => c.name),
        e.cooperating,
      ),
    );
    deadlines = add(
      deadlines,
      compareCounts(e.dueDate, f.dueDate, (a, b) => a === b),
      notes,
      `deadline of «${e.mustContain}»`,
      e.dueDate,
      f.dueDate,
    );
  });
  found.forEach((f, j) => {
    if (!used.has(j)) notes.push(`directive not expected: «${f.title}»`);
  });
  const expectedCount = expected.filter((e) => !e.optional).length;
  return {
    directives: { tp, fp: found.length - used.size, fn: expectedCount - tp },
    leads,
    cooperating,
    deadlines,
  };
}

function scoreTitles(found: ExtractedDirective[], notes: string[]): TitleTally {
  let clean = 0;
  for (const directive of found) {
    const defect = titleDefect(directive.title);
    if (defect === null) clean++;
    else notes.push(`directive title ${defect}: «${directive.title}»`);
  }
  return { clean, total: found.length };
}

function add(
  total: Counts,
  counts: Counts,
  notes: string[],
  what: string,
  expected: string | null,
  found: string | null | undefined,
): Counts {
  if (counts.tp === 0 && (counts.fp > 0 || counts.fn > 0)) notes.push(`${what}: expected ${expected ?? '—'}, got ${found ?? '—'}`);
  return addCounts(total, counts);
}

/** One value of a matched item: a wrong value is both a false positive and a false negative. */
function compareCounts(expected: string | null, found: string | null, same: (e: string, f: string) => boolean): Counts {
  if (expected === null) return { tp: 0, fp: found === null ? 0 : 1, fn: 0 };
  if (found === null) return { tp: 0, fp: 0, fn: 1 };
  return same(expected, found) ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
}

function scoreCooperating(found: string[], expected: string[]): Counts {
  const pairs = matchOneToOne(expected, found, [(e, f) => sameAgencyExactly(e, f)]);
  return { tp: pairs.size, fp: found.length - pairs.size, fn: expected.length - pairs.size };
}

function scoreDocumentNumbers(found: string[], expected: string[], notes: string[]): Counts {
  const key = (value: string) => value.replace(/\s+/g, '').toUpperCase();
  const pairs = matchOneToOne(expected, found, [(e, f) => key(e) === key(f)]);
  expected.forEach((e, i) => {
    if (pairs.get(i) === undefined) notes.push(`document number missed: ${e}`);
  });
  return { tp: pairs.size, fp: found.length - pairs.size, fn: expected.length - pairs.size };
}

/**
 * Pairs each expected item with at most one found item and the reverse, trying
 * the strictest rule for every item before a looser one, each in text order.
 */
function matchOneToOne<E, F>(expected: E[], found: F[], rules: ((e: E, f: F) => boolean)[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  for (const rule of rules) {
    expected.forEach((e, i) => {
      if (pairs.has(i)) return;
      const j = found.findIndex((f, k) => !used.has(k) && rule(e, f));
      if (j >= 0) {
        pairs.set(i, j);
        used.add(j);
      }
    });
  }
  return pairs;
}

function compareField(expected: string | null, found: string | null, same: (e: string, f: string) => boolean): FieldOutcome {
  if (expected === null) return found === null ? 'absent' : 'spurious';
  if (found === null) return 'missing';
  return same(expected, found) ? 'correct' : 'wrong';
}

const OFFICE_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "2024-03-12T08:00:00+07:00" → its wall-clock day and time in Việt Nam, whatever offset it was written with. */
function localParts(instant: string): string | null {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? null : new Date(ms + OFFICE_OFFSET_MS).toISOString();
}

function localDay(instant: string): string | null {
  return localParts(instant)?.slice(0, 10) ?? null;
}

function localTime(instant: string): string | null {
  return localParts(instant)?.slice(11, 16) ?? null;
}

function describeExpectedPerson(a: ExpectedAttendee): string {
  return [a.fullName, a.position].filter((x) => x !== null).join(', ');
}

function describePerson(p: PersonMention): string {
  return [p.fullName, p.position].filter((x) => x !== null).join(', ') || '(unnamed)';
}

function describeSpeech(s: ExpectedSpeech): string {
  return `${s.speaker.join(' / ')} (${s.kind.join('/')})`;
}
