import { buildOpenApiDocument } from '../../src/bootstrap.js';
import { createMeeting, createOrganization, createPerson } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Update bodies are derived from creation bodies: every field becomes optional,
 * and null stays refused for a field the record cannot be without. Checked
 * against the OpenAPI document, so a new PATCH route is covered by itself.
 */
describe('PATCH bodies', () => {
  let t: TestApp;
  let urls: Record<string, string>;
  let patches: { path: string; schema: { required?: string[]; properties: Record<string, { nullable?: boolean }> } }[];

  beforeAll(async () => {
    t = await createTestApp();
    const organization = await createOrganization(t);
    const person = await createPerson(t, { organizationId: organization.id });
    const meeting = await createMeeting(t, {
      attendees: [{ personId: person.id, role: 'member' }],
      speeches: [{ speakerId: person.id, kind: 'opinion' }],
      directives: [{ title: 'Rà soát các dự án chậm tiến độ', leadOrganizationId: organization.id }],
    });
    const draft = await t
      .as('secretariat')
      .post('/api/v1/imports', { text: 'Sáng 12/3/2024, Thường trực Tỉnh ủy họp về các khu công nghiệp.' });
    expect(draft.status).toBe(201);
    urls = {
      '/api/v1/users/{id}': `/api/v1/users/${t.users.department_staff.id}`,
      '/api/v1/organizations/{id}': `/api/v1/organizations/${organization.id}`,
      '/api/v1/people/{id}': `/api/v1/people/${person.id}`,
      '/api/v1/meetings/{id}': `/api/v1/meetings/${meeting.id}`,
      '/api/v1/meetings/{meetingId}/attendees/{attendeeId}': `/api/v1/meetings/${meeting.id}/attendees/${meeting.attendees[0].id}`,
      '/api/v1/meetings/{meetingId}/speeches/{speechId}': `/api/v1/meetings/${meeting.id}/speeches/${meeting.speeches[0].id}`,
      '/api/v1/directives/{id}': `/api/v1/directives/${meeting.directives[0].id}`,
      '/api/v1/imports/{id}': `/api/v1/imports/${draft.body.id}`,
    };
    const document = buildOpenApiDocument(t.app) as any;
    patches = Object.entries(document.paths as Record<string, any>)
      .filter(([, item]) => item.patch)
      .map(([path, item]) => {
        const ref: string = item.patch.requestBody.content['application/json'].schema.$ref;
        return { path, schema: document.components.schemas[ref.split('/').pop()!] };
      });
  });
  afterAll(async () => {
    await t.close();
  });

  it('covers every PATCH route', () => {
    expect(new Set(patches.map((p) => p.path))).toEqual(new Set(Object.keys(urls)));
  });

  it('documents every field as optional', () => {
    for (const { path, schema } of patches) expect({ path, required: schema.required ?? [] }).toEqual({ path, required: [] });
  });

  it('refuses null, naming the field, for every field the record cannot be without, and changes nothing', async () => {
    const before = await t.snapshot();
    let refusals = 0;
    for (const { path, schema } of patches) {
      const client = path.startsWith('/api/v1/users') || path.startsWith('/api/v1/organizations') ? t.as('admin') : t;
      for (const [field, property] of Object.entries(schema.properties)) {
        if (property.nullable) continue;
        const response = await client.edit(urls[path]!, { [field]: null });
        expect({
          path,
          field,
          status: response.status,
          fields: [...new Set(response.body.errors?.map((e: { field: string }) => e.field))],
        }).toEqual({
          path,
          field,
          status: 400,
          fields: [field],
        });
        refusals += 1;
      }
    }
    // title, startsAt, kind, role, personless attendee fields…: at least one per route.
    expect(refusals).toBeGreaterThanOrEqual(patches.length);
    expect(await t.snapshot()).toEqual(before);
  });
});
