import type { MeetingKind, SpeechKind } from '../meetings/meeting-enums.js';
import type { OrganizationKind } from '../organizations/organization-kind.js';
import { popoloInstant } from './popolo-time.js';

/**
 * Popolo's Speech `type` (its code list copies Akoma Ntoso's containers). A
 * report, an opinion, a direction and a conclusion are all someone speaking in
 * turn, so `speech`; Popolo's `summary` is an editor's summary of
 * uninteresting speeches, not a chair's conclusion, so no kind maps to it.
 */
export const SPEECH_TYPES: Record<SpeechKind, 'speech' | 'question' | 'answer'> = {
  report: 'speech',
  opinion: 'speech',
  question: 'question',
  answer: 'answer',
  direction: 'speech',
  conclusion: 'speech',
};

/** The document every route answers: Popolo's collections, each an array of plain Popolo objects. */
export const POPOLO_COLLECTIONS = ['events', 'speeches', 'persons', 'organizations', 'memberships'] as const;
export type PopoloCollection = (typeof POPOLO_COLLECTIONS)[number];

export interface EventRow {
  id: string;
  title: string;
  kind: MeetingKind | null;
  starts_at: Date;
  ends_at: Date | null;
  location: string | null;
  summary: string | null;
  source_url: string | null;
  organizer_id: string | null;
  attendees: { id: string; name: string }[];
}

export interface SpeechRow {
  id: string;
  meeting_id: string;
  speaker_id: string;
  speaker_name: string;
  speaker_position: string | null;
  position: number;
  kind: SpeechKind;
  title: string | null;
  summary: string | null;
  text: string | null;
  by_chair: boolean;
}

export interface PersonRow {
  id: string;
  full_name: string;
}

export interface OrganizationRow {
  id: string;
  name: string;
  short_name: string | null;
  kind: OrganizationKind;
  /** Null unless the parent is in the same document: an id a reader cannot resolve is left out. */
  parent_id: string | null;
}

export interface MembershipRow {
  person_id: string;
  organization_id: string;
  position: string | null;
}

type PopoloObject = Record<string, unknown>;

/** Drops absent (null) properties: Popolo allows null, but a reader has less to skip. */
function present(object: PopoloObject): PopoloObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined));
}

export function toPopoloEvent(row: EventRow, timeZone: string): PopoloObject {
  return present({
    id: row.id,
    name: row.title,
    description: row.summary,
    classification: row.kind,
    start_date: popoloInstant(row.starts_at, timeZone),
    end_date: row.ends_at === null ? null : popoloInstant(row.ends_at, timeZone),
    location: row.location,
    // Only published meetings are exported: what was recorded is what took place.
    status: 'confirmed',
    organization_id: row.organizer_id,
    attendees: row.attendees.map((person) => ({ id: person.id, name: person.name })),
    sources: row.source_url === null ? null : [{ url: row.source_url }],
  });
}

/**
 * A speech. `role` takes Popolo's two values: `chair` when the meeting's chair
 * speaks, `speaker` for everyone else (the attendee's role at the meeting is in
 * the event, not repeated on every speech).
 */
export function toPopoloSpeech(row: SpeechRow): PopoloObject {
  return present({
    id: row.id,
    creator_id: row.speaker_id,
    role: row.by_chair ? 'chair' : 'speaker',
    attribution_text: row.speaker_position ? `${row.speaker_name}, ${row.speaker_position}` : row.speaker_name,
    title: row.title,
    // The transcript when one was recorded, else the summary the secretariat wrote: both are what was said.
    text: row.text ?? row.summary,
    type: SPEECH_TYPES[row.kind],
    position: row.position,
    event_id: row.meeting_id,
  });
}

export function toPopoloPerson(row: PersonRow): PopoloObject {
  return { id: row.id, name: row.full_name };
}

export function toPopoloOrganization(row: OrganizationRow): PopoloObject {
  return present({
    id: row.id,
    name: row.name,
    other_names: row.short_name ? [{ name: row.short_name, note: 'Tên viết tắt' }] : null,
    classification: row.kind,
    parent_id: row.parent_id,
  });
}

/** A person's place in their organization; its id pairs the two, so it changes when the person moves. */
export function toPopoloMembership(row: MembershipRow): PopoloObject {
  return present({
    id: `${row.person_id}@${row.organization_id}`,
    person_id: row.person_id,
    organization_id: row.organization_id,
    role: row.position,
    label: row.position,
  });
}
