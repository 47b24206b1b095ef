import { ORGANIZATIONS, PEOPLE } from '../../scripts/demo/laocai-meeting.js';
import type { TestApp } from './test-app.js';

let counter = 0;
const unique = (): string => `${process.pid}-${++counter}`;

function created<T>(response: { status: number; body: T; text: string }, what: string): T {
  if (response.status !== 201) throw new Error(`Creating ${what} failed with ${response.status}: ${response.text}`);
  return response.body;
}

export async function createOrganization(t: TestApp, overrides: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
  const suffix = unique();
  const body = { name: `Sở thử nghiệm ${suffix}`, shortName: `ST-${suffix}`, kind: 'department', ...overrides };
  return created(await t.as('admin').post('/api/v1/organizations', body), 'an organization');
}

export async function createPerson(t: TestApp, overrides: Record<string, unknown> = {}): Promise<{ id: string; fullName: string }> {
  const body = { fullName: `Nguyễn Văn ${unique()}`, position: 'Chuyên viên', ...overrides };
  return created(await t.post('/api/v1/people', body), 'a person');
}

export async function createMeeting(t: TestApp, overrides: Record<string, unknown> = {}): Promise<any> {
  const body = { title: `Họp giao ban ${unique()}`, startsAt: '2024-03-12T08:00:00+07:00', ...overrides };
  return created(await t.post('/api/v1/meetings', body), 'a meeting');
}

/** Creates the Lào Cai demo organizations and people through the API; returns their ids by key. */
export async function createLaoCaiDirectory(t: TestApp): Promise<{ org: Record<string, string>; person: Record<string, string> }> {
  const org: Record<string, string> = {};
  for (const o of ORGANIZATIONS) {
    const body = { name: o.name, shortName: o.shortName, kind: o.kind, parentId: o.parent ? org[o.parent] : undefined };
    org[o.key] = created(await t.as('admin').post<{ id: string }>('/api/v1/organizations', body), o.name).id;
  }
  const person: Record<string, string> = {};
  for (const p of PEOPLE) {
    const body = { fullName: p.fullName, position: p.position, organizationId: org[p.organization] };
    person[p.key] = created(await t.post<{ id: string }>('/api/v1/people', body), p.fullName).id;
  }
  return { org, person };
}
