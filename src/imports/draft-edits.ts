import type { DraftContent, DraftDirective, DraftOrganization, DraftPerson } from './draft-content.js';
import { newKey } from './build-draft.js';
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

/** An item the secretariat changed is theirs: its confidence is 1. One left as read keeps the reader's. */
function confidence<T>(before: { confidence: number } | undefined, same: (before: T) => boolean): number {
  return before && same(before as T) ? before.confidence : 1;
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
  if (edit.meeting) {
    const { organizer, ...fields } = edit.meeting;
    for (const [field, value] of Object.entries(fields)) {
      if (value !== undefined) (next.meeting as unknown as Record<string, unknown>)[field] = value;
    }
    if (edit.meeting.startsAt !== undefined) next.meeting.startsAtConfidence = 1;
    if (organizer !== undefined) next.meeting.organizer = organizer === null ? null : organization(organizer, content.meeting.organizer);
  }
  if (edit.attendees) {
    const old = byKey(content.attendees);
    next.attendees = edit.attendees.map((a: AttendeeDraftInputDto) => {
      const before = a.key ? old.get(a.key) : undefined;
      const item = { person: person(a.person, before?.person), role: a.role, attended: a.attended ?? true };
      return {
        key: before?.key ?? newKey(),
        ...item,
        span: before?.span ?? null,
        confidence: confidence<typeof item>(
          before,
          (b) => b.role === item.role && JSON.stringify(choice(b.person)) === JSON.stringify(choice(item.person)),
        ),
      };
    });
  }
  if (edit.speeches) {
    const old = byKey(content.speeches);
    next.speeches = edit.speeches.map((s: SpeechDraftInputDto) => {
      const before = s.key ? old.get(s.key) : undefined;
      const item = {
        speaker: s.speaker ? person(s.speaker, before?.speaker) : null,
        kind: s.kind,
        title: s.title ?? null,
        text: s.text ?? null,
      };
      return {
        key: before?.key ?? newKey(),
        ...item,
        span: before?.span ?? null,
        confidence: confidence<typeof item>(
          before,
          (b) => b.kind === item.kind && b.text === item.text && JSON.stringify(choice(b.speaker)) === JSON.stringify(choice(item.speaker)),
        ),
      };
    });
  }
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
        dueDate: d.dueDate ?? null,
        sourceSpeechIndex: d.sourceSpeechIndex ?? null,
      };
      return {
        key: before?.key ?? newKey(),
        ...item,
        dueText: before && before.dueDate === item.dueDate ? before.dueText : null,
        dueSpan: before && before.dueDate === item.dueDate ? before.dueSpan : null,
        span: before?.span ?? null,
        confidence: confidence<typeof item>(
          before,
          (b) =>
            b.title === item.title &&
            b.dueDate === item.dueDate &&
            JSON.stringify(choice(b.lead)) === JSON.stringify(choice(item.lead)) &&
            JSON.stringify(b.cooperating.map(choice)) === JSON.stringify(item.cooperating.map(choice)),
        ),
      };
    });
  }
  return next;
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
