import { laoCaiMeetingRequest, ORGANIZATIONS, PEOPLE, SOURCE_URL } from './laocai-meeting.js';

/** The parts of an answer the seed reads: a created record's id, or a page's items. */
interface ApiBody {
  id: string;
  items: unknown[];
}

export interface ApiClient {
  get(url: string): Promise<{ status: number; body: ApiBody; text: string }>;
  post(url: string, body: unknown): Promise<{ status: number; body: ApiBody; text: string }>;
}

export interface SeedReport {
  organizations: { created: number; existing: number };
  people: { created: number; existing: number };
  meeting: { id: string; created: boolean };
}

function expectStatus(response: { status: number; text: string }, status: number, what: string): void {
  if (response.status !== status) throw new Error(`${what}: expected ${status}, got ${response.status}: ${response.text}`);
}

/**
 * Loads the Lào Cai demo through the public API (`beforeMeeting` runs once the
 * organizations exist, with their ids by short name), so it is validated like any
 * user's input: organizations as an admin, everything else as the secretariat. Each record is looked up by its natural key first: running the
 * seed twice changes nothing.
 */
export async function seedLaoCai(
  clients: { admin: ApiClient; secretariat: ApiClient },
  beforeMeeting: (organizationIds: Record<string, string>) => Promise<void> = async () => {},
  options: { meeting?: boolean } = {},
): Promise<SeedReport & { people: SeedReport['people'] & { ids: Record<string, string> }; organizationIds: Record<string, string> }> {
  const api = clients.secretariat;
  const report: SeedReport = {
    organizations: { created: 0, existing: 0 },
    people: { created: 0, existing: 0 },
    meeting: { id: '', created: false },
  };

  const org: Record<string, string> = {};
  for (const o of ORGANIZATIONS) {
    const found = await api.get(`/api/v1/organizations?q=${encodeURIComponent(o.shortName)}&limit=200`);
    expectStatus(found, 200, `looking up ${o.name}`);
    const existing = (found.body.items as { id: string; shortName: string | null }[]).find(
      (item) => item.shortName?.toLowerCase() === o.shortName.toLowerCase(),
    );
    if (existing) {
      org[o.key] = existing.id;
      report.organizations.existing++;
      continue;
    }
    const created = await clients.admin.post('/api/v1/organizations', {
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      parentId: o.parent ? org[o.parent] : null,
    });
    expectStatus(created, 201, `creating ${o.name}`);
    org[o.key] = created.body.id;
    report.organizations.created++;
  }

  const person: Record<string, string> = {};
  for (const p of PEOPLE) {
    const organizationId = org[p.organization]!;
    const found = await api.get(`/api/v1/people?organizationId=${organizationId}&q=${encodeURIComponent(p.fullName)}&limit=200`);
    expectStatus(found, 200, `looking up ${p.fullName}`);
    const existing = (found.body.items as { id: string; fullName: string }[]).find((item) => item.fullName === p.fullName);
    if (existing) {
      person[p.key] = existing.id;
      report.people.existing++;
      continue;
    }
    const created = await api.post('/api/v1/people', { fullName: p.fullName, position: p.position, organizationId });
    expectStatus(created, 201, `creating ${p.fullName}`);
    person[p.key] = created.body.id;
    report.people.created++;
  }

  // Whoever should hear of the directives (the agencies' users) must exist before they are issued.
  await beforeMeeting(Object.fromEntries(ORGANIZATIONS.map((o) => [o.shortName, org[o.key]!])));

  const organizationIds = Object.fromEntries(ORGANIZATIONS.map((o) => [o.shortName, org[o.key]!]));
  const result = { ...report, people: { ...report.people, ids: person }, organizationIds };
  // The interface's browser tests record the meeting themselves, through the form.
  if (options.meeting === false) return result;

  const meetings = await api.get(`/api/v1/meetings?from=2024-03-12&to=2024-03-12&organizerId=${org.thuongTrucTinhUy}&limit=200`);
  expectStatus(meetings, 200, 'looking up the meeting');
  const existingMeeting = (meetings.body.items as { id: string; sourceUrl: string | null }[]).find((m) => m.sourceUrl === SOURCE_URL);
  if (existingMeeting) {
    result.meeting = { id: existingMeeting.id, created: false };
  } else {
    const created = await api.post('/api/v1/meetings', laoCaiMeetingRequest(org, person));
    expectStatus(created, 201, 'recording the meeting');
    result.meeting = { id: created.body.id, created: true };
  }
  return result;
}
