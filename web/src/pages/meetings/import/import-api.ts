import { api, freshAccessToken, unwrap } from '../../../api/client';
import { ProblemError, type Problem } from '../../../api/problem';
import type { components } from '../../../api/schema';

export type ImportDraft = components['schemas']['ImportDraftResponseDto'];
export type DraftPerson = components['schemas']['DraftPersonDto'];
export type DraftOrganization = components['schemas']['DraftOrganizationDto'];
export type UpdateImport = components['schemas']['UpdateImportDto'];
export type ImportSummary = components['schemas']['ImportSummaryDto'];
export type DraftDirective = ImportDraft['directives'][number];
export type DraftSpeech = ImportDraft['speeches'][number];

export const importKey = (id: string) => ['imports', id] as const;

/** Where the text came from: its address and the day it was published (the year of a date written without one). */
export interface ImportOrigin {
  sourceUrl: string;
  publishedOn: string;
}

export async function draftFromText(text: string, { sourceUrl, publishedOn }: ImportOrigin): Promise<ImportDraft> {
  return unwrap(
    await api.POST('/api/v1/imports', {
      body: { text, ...(sourceUrl ? { sourceUrl } : {}), ...(publishedOn ? { publishedOn } : {}) },
    }),
  );
}

/** A .docx or .txt, sent as multipart: the server reads its text. */
export async function draftFromFile(file: File, { sourceUrl, publishedOn }: ImportOrigin): Promise<ImportDraft> {
  const body = new FormData();
  if (sourceUrl) body.append('sourceUrl', sourceUrl);
  if (publishedOn) body.append('publishedOn', publishedOn);
  body.append('file', file, file.name);
  const token = await freshAccessToken();
  const response = await fetch('/api/v1/imports', {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const answer: unknown = await response.json().catch(() => ({ status: response.status }));
  if (!response.ok) throw new ProblemError({ ...(answer as Problem), status: response.status }, response);
  return answer as ImportDraft;
}

export const IMPORTS_KEY = ['imports'] as const;

/** The secretariat's drafts, newest first: the first page is what "recent" means. */
export async function listDrafts(): Promise<ImportSummary[]> {
  return unwrap(await api.GET('/api/v1/imports', { params: { query: { limit: 20 } } })).items;
}

export async function getDraft(id: string): Promise<ImportDraft> {
  return unwrap(await api.GET('/api/v1/imports/{id}', { params: { path: { id } } }));
}

export async function saveDraft(draft: ImportDraft, edit: UpdateImport): Promise<ImportDraft> {
  return unwrap(
    await api.PATCH('/api/v1/imports/{id}', {
      params: { path: { id: draft.id }, header: { 'If-Match': `W/"${draft.version}"` } },
      body: edit,
    }),
  );
}

export async function confirmDraft(draft: ImportDraft): Promise<ImportDraft> {
  return unwrap(
    await api.POST('/api/v1/imports/{id}/confirm', {
      params: {
        path: { id: draft.id },
        header: { 'If-Match': `W/"${draft.version}"`, 'Idempotency-Key': `confirm-${draft.id}-${draft.version}` },
      },
    }),
  );
}

export async function discardDraft(draft: Pick<ImportDraft, 'id' | 'version'>): Promise<ImportDraft> {
  return unwrap(
    await api.POST('/api/v1/imports/{id}/discard', {
      params: { path: { id: draft.id }, header: { 'If-Match': `W/"${draft.version}"` } },
    }),
  );
}

/** The whole draft as an edit: what the review screen sends back, each item with its key. */
export function toEdit(draft: ImportDraft): UpdateImport {
  const person = (p: DraftPerson | null) => (p ? { personId: p.personId, proposal: p.personId ? null : p.proposal } : null);
  const organization = (o: DraftOrganization | null) =>
    o ? { organizationId: o.organizationId, proposal: o.organizationId ? null : o.proposal } : null;
  return {
    meeting: {
      title: draft.meeting.title,
      kind: draft.meeting.kind,
      startsAt: draft.meeting.startsAt,
      endsAt: draft.meeting.endsAt,
      location: draft.meeting.location,
      organizer: organization(draft.meeting.organizer),
    },
    attendees: draft.attendees.map((a) => ({ key: a.key, person: person(a.person)!, role: a.role, attended: a.attended })),
    speeches: draft.speeches.map((s) => ({
      key: s.key,
      speaker: person(s.speaker),
      speakerAttendeeKey: s.speakerAttendeeKey,
      kind: s.kind,
      title: s.title,
      text: s.text,
    })),
    directives: draft.directives.map((d) => ({
      key: d.key,
      title: d.title,
      description: d.description,
      lead: organization(d.lead),
      cooperating: d.cooperating.map((c) => organization(c)!),
      owner: person(d.owner),
      priority: d.priority,
      dueDate: d.dueDate,
      sourceSpeechIndex: d.sourceSpeechIndex,
    })),
  };
}
