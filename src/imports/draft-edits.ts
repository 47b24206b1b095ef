import type { DraftContent, DraftDirective, DraftOrganization, DraftPerson, DraftSpeech } from './draft-content.js';
import { newKey } from './build-draft.js';
import { openWarnings } from './warning-items.js';
import type {
  AttendeeDraftInputDto,
  DirectiveDraftInputDto,
  DraftOrganizationInputDto,
  DraftPersonInputDto,
  SpeechDraftInputDto,
  UpdateImportDto,
} from './dto/import-input.dto.js';

function person(input: DraftPersonInputDto, before: DraftPerson | null | undefined): DraftPerson {
  const personId = input.personId ?? null;
  return {
    personId,
    proposal: personId || !input.proposal ? null : { fullName: input.proposal.fullName, position: input.proposal.position ?? null },
    candidates: before?.candidates ?? [],
    mention: before?.mention ?? null,
  };
}

function organization(input: DraftOrganizationInputDto, before: DraftOrganization | null | undefined): DraftOrganization {
  const organizationId = input.organizationId ?? null;
  return {
    organizationId,
    proposal:
      organizationId || !input.proposal
        ? null
        : { name: input.proposal.name, shortName: input.proposal.shortName ?? null, kind: input.proposal.kind },
    candidates: before?.candidates ?? [],
    mention: before?.mention ?? null,
    span: before?.span ?? null,
  };
}

const choice = (p: DraftPerson | DraftOrganization | null): unknown =>
  p === null ? null : 'personId' in p ? [p.personId, p.proposal] : [p.organizationId, p.proposal];

/**
 * An item the secretariat changed is theirs: its confidence is 1, and what the
 * reader warned about it is dealt with. One left as read keeps the reader's.
 */
function confidence<T>(
  touched: Set<string>,
  key: string,
  before: { confidence: number } | undefined,
  same: (before: T) => boolean,
): number {
  if (before && same(before as T)) return before.confidence;
  touched.add(key);
  return 1;
}

function byKey<T extends { key: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.key, item]));
}

/**
 * The draft after an edit: `meeting` changes the fields it names; a list
 * given replaces the old one in its order. An item sent with its `key` keeps
 * where it was read and the candidates found for it; an unknown or absent
 * key makes a new item (typed by hand: no span).
 */
export function applyEdit(content: DraftContent, edit: UpdateImportDto): DraftContent {
  const next = structuredClone(content);
  const touched = new Set<string>();
  if (edit.meeting) {
    const { organizer, ...fields } = edit.meeting;
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      if (value !== (content.meeting as unknown as Record<string, unknown>)[field]) touched.add(`meeting.${field}`);
      (next.meeting as unknown as Record<string, unknown>)[field] = value;
    }
    if (edit.meeting.startsAt !== undefined) next.meeting.startsAtConfidence = 1;
    if (organizer !== undefined) next.meeting.organizer = organizer === null ? null : organization(organizer, content.meeting.organizer);
  }
  if (edit.attendees) {
    const old = byKey(content.attendees);
    next.attendees = edit.attendees.map((a: AttendeeDraftInputDto) => {
      const before = a.key ? old.get(a.key) : undefined;
      const item = { person: person(a.person, before?.person), role: a.role, attended: a.attended ?? true };
      const key = before?.key ?? newKey();
      return {
        key,
        ...item,
        span: before?.span ?? null,
        confidence: confidence<typeof item>(
          touched,
          key,
          before,
          (b) => b.role === item.role && JSON.stringify(choice(b.person)) === JSON.stringify(choice(item.person)),
        ),
      };
    });
  }
  const linkedNow = new Set<string>();
  if (edit.speeches) {
    const old = byKey(content.speeches);
    next.speeches = edit.speeches.map((s: SpeechDraftInputDto): DraftSpeech => {
      const before = s.key ? old.get(s.key) : undefined;
      const key = before?.key ?? newKey();
      const speaker = s.speaker ? person(s.speaker, before?.speaker) : null;
      if (s.speakerAttendeeKey) linkedNow.add(key);
      const item = {
        speaker,
        // Absent, the link stays as long as the speaker sent is still the attendee's; a speaker chosen apart from it is set separately.
        speakerAttendeeKey:
          s.speakerAttendeeKey !== undefined
            ? s.speakerAttendeeKey
            : before && JSON.stringify(choice(before.speaker)) === JSON.stringify(choice(speaker))
              ? (before.speakerAttendeeKey ?? null)
              : null,
        kind: s.kind,
        title: s.title ?? null,
        text: s.text ?? null,
      };
      return {
        key,
        ...item,
        span: before?.span ?? null,
        confidence: confidence<typeof item>(
          touched,
          key,
          before,
          (b) =>
            b.kind === item.kind &&
            b.text === item.text &&
            JSON.stringify(choice(b.speaker)) === JSON.stringify(choice(item.speaker)) &&
            (b.speakerAttendeeKey ?? null) === item.speakerAttendeeKey,
        ),
      };
    });
  }
  followAttendees(next, touched, linkedNow);
  if (edit.speeches && !edit.directives) repointSourceSpeeches(content, next);
  if (edit.directives) {
    const old = byKey(content.directives);
    next.directives = edit.directives.map((d: DirectiveDraftInputDto): DraftDirective => {
      const before = d.key ? old.get(d.key) : undefined;
      const item = {
        title: d.title,
        description: d.description ?? null,
        lead: d.lead ? organization(d.lead, before?.lead) : null,
        cooperating: (d.cooperating ?? []).map((c, j) => organization(c, before?.cooperating[j])),
        owner: d.owner ? person(d.owner, before?.owner) : null,
        priority: d.priority ?? before?.priority ?? 'normal',
        dueDate: d.dueDate ?? null,
        sourceSpeechIndex: d.sourceSpeechIndex ?? null,
      };
      const key = before?.key ?? newKey();
      return {
        key,
        ...item,
        dueText: before && before.dueDate === item.dueDate ? before.dueText : null,
        dueSpan: before && before.dueDate === item.dueDate ? before.dueSpan : null,
        span: before?.span ?? null,
        confidence: confidence<typeof item>(
          touched,
          key,
          before,
          (b) =>
            b.title === item.title &&
            b.description === item.description &&
            JSON.stringify(choice(b.owner)) === JSON.stringify(choice(item.owner)) &&
            b.dueDate === item.dueDate &&
            JSON.stringify(choice(b.lead)) === JSON.stringify(choice(item.lead)) &&
            JSON.stringify(b.cooperating.map(choice)) === JSON.stringify(item.cooperating.map(choice)),
        ),
      };
    });
  }
  next.warnings = openWarnings(next, touched);
  return next;
}

/**
 * A speech given by an attendee has that attendee's person as its speaker, so
 * choosing who the attendee is chooses who spoke. One whose attendee is gone
 * keeps the speaker it had, on its own; a link sent in this edit to an
 * attendee that is not there is left for validation to refuse.
 */
function followAttendees(next: DraftContent, touched: Set<string>, linkedNow: ReadonlySet<string>): void {
  const attendees = byKey(next.attendees);
  for (const speech of next.speeches) {
    if (!speech.speakerAttendeeKey) continue;
    const attendee = attendees.get(speech.speakerAttendeeKey);
    if (!attendee) {
      if (!linkedNow.has(speech.key)) speech.speakerAttendeeKey = null;
      continue;
    }
    if (JSON.stringify(choice(speech.speaker)) !== JSON.stringify(choice(attendee.person))) touched.add(speech.key);
    speech.speaker = structuredClone(attendee.person);
    if (touched.has(attendee.key)) touched.add(speech.key);
  }
}

/**
 * A directive names its source speech by position; when only the speeches are
 * replaced (reordered, shortened), each directive follows its speech by `key`,
 * and loses it when that speech is gone. Directives sent in the same edit carry
 * positions in the new list already.
 */
function repointSourceSpeeches(content: DraftContent, next: DraftContent): void {
  const position = new Map(next.speeches.map((speech, index) => [speech.key, index]));
  for (const directive of next.directives) {
    if (directive.sourceSpeechIndex === null) continue;
    const key = content.speeches[directive.sourceSpeechIndex]?.key;
    directive.sourceSpeechIndex = key === undefined ? null : (position.get(key) ?? null);
  }
}
