import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildOpenApiDocument } from '../../src/bootstrap.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('The OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists every endpoint of the API', () => {
    const document = buildOpenApiDocument(t.app);
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /api/v1/health',
        'POST /api/v1/auth/login',
        'POST /api/v1/auth/refresh',
        'POST /api/v1/auth/logout',
        'GET /api/v1/auth/me',
        'POST /api/v1/users',
        'GET /api/v1/users',
        'GET /api/v1/users/{id}',
        'PATCH /api/v1/users/{id}',
        'POST /api/v1/users/{id}/password',
        'GET /api/v1/audit',
        'GET /api/v1/directives/{id}/history',
        'POST /api/v1/organizations',
        'GET /api/v1/organizations',
        'GET /api/v1/organizations/{id}',
        'PATCH /api/v1/organizations/{id}',
        'POST /api/v1/people',
        'GET /api/v1/people',
        'GET /api/v1/people/{id}',
        'PATCH /api/v1/people/{id}',
        'POST /api/v1/meetings',
        'GET /api/v1/meetings',
        'GET /api/v1/meetings/{id}',
        'GET /api/v1/meetings/{id}/carry-over',
        'PATCH /api/v1/meetings/{id}',
        'POST /api/v1/meetings/{meetingId}/attendees',
        'PATCH /api/v1/meetings/{meetingId}/attendees/{attendeeId}',
        'POST /api/v1/meetings/{meetingId}/speeches',
        'PATCH /api/v1/meetings/{meetingId}/speeches/{speechId}',
        'POST /api/v1/meetings/{meetingId}/directives',
        'GET /api/v1/meetings/{id}/documents/conclusion-notice.docx',
        'GET /api/v1/meetings/{id}/documents/minutes.docx',
        'GET /api/v1/directives',
        'GET /api/v1/directives/counts',
        'GET /api/v1/directives/{id}',
        'PATCH /api/v1/directives/{id}',
        'POST /api/v1/directives/{id}/transitions',
        'POST /api/v1/directives/{id}/reminders',
        'GET /api/v1/directives/{id}/reminders',
        'POST /api/v1/directives/{id}/extension-requests',
        'POST /api/v1/directives/{id}/extension-requests/{requestId}/decision',
        'GET /api/v1/directives/{id}/extension-requests',
        'POST /api/v1/directives/{id}/progress-reports',
        'GET /api/v1/directives/{id}/progress-reports',
        'GET /api/v1/directives/{id}/timeline',
        'GET /api/v1/notifications',
        'GET /api/v1/notifications/unread-count',
        'POST /api/v1/notifications/read-all',
        'POST /api/v1/notifications/{id}/read',
        'POST /api/v1/attachments',
        'GET /api/v1/attachments/{id}',
        'GET /api/v1/attachments/{id}/metadata',
        'GET /api/v1/reports/overdue',
        'GET /api/v1/reports/agency-performance',
        'GET /api/v1/meetings/{id}/progress',
        'POST /api/v1/calendar-feeds',
        'GET /api/v1/calendar-feeds',
        'DELETE /api/v1/calendar-feeds/{id}',
        'GET /api/v1/calendar/{file}',
        'GET /api/v1/meetings/{id}/popolo',
        'GET /api/v1/popolo',
        'POST /api/v1/imports',
        'GET /api/v1/imports',
        'GET /api/v1/imports/{id}',
        'PATCH /api/v1/imports/{id}',
        'POST /api/v1/imports/{id}/confirm',
        'POST /api/v1/imports/{id}/discard',
        'GET /api/v1/search',
      ].sort(),
    );
  });

  it('documents a success answer for every operation, so that a client knows what a 2xx brings (found by the fuzzer: 204s left out)', () => {
    const document = buildOpenApiDocument(t.app);
    const undocumented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { responses?: Record<string, unknown> }>)
        .filter(([method]) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
        .filter(([, operation]) => !Object.keys(operation.responses ?? {}).some((status) => status.startsWith('2')))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(undocumented).toEqual([]);
  });

  it("describes an audit entry's values before and after as any JSON value, not as objects (found by the fuzzer: a title is a string)", () => {
    const document = buildOpenApiDocument(t.app) as unknown as {
      components: { schemas: Record<string, { properties: Record<string, any> }> };
    };
    const { from, to } = document.components.schemas.FieldChangeDto!.properties;
    for (const value of [from, to]) {
      expect(value.type).toBeUndefined();
      expect(value.nullable).toBe(true);
      expect(value.anyOf.map((schema: { type: string }) => schema.type)).toEqual(['string', 'number', 'boolean', 'object', 'array']);
    }
  });

  it('is the document the web client is typed from (web/src/api/openapi.json), so that no API change leaves the client behind', async () => {
    const committed: unknown = JSON.parse(
      await readFile(resolve(import.meta.dirname, '..', '..', 'web', 'src', 'api', 'openapi.json'), 'utf8'),
    );
    const live: unknown = JSON.parse(JSON.stringify(buildOpenApiDocument(t.app)));
    try {
      expect(committed).toEqual(live);
    } catch (error) {
      throw new Error(
        `web/src/api/openapi.json is not the API's document: run npm run web:api, then commit web/src/api/openapi.json and schema.d.ts.\n\n${(error as Error).message}`,
        { cause: error },
      );
    }
  });

  it('describes nested request bodies and error answers', () => {
    const document = buildOpenApiDocument(t.app);
    const schemas = document.components!.schemas as Record<string, any>;
    expect(schemas.CreateMeetingDto.properties.directives).toMatchObject({ type: 'array', maxItems: 200 });
    expect(schemas.MeetingDirectiveInputDto.required).toEqual(expect.arrayContaining(['title', 'leadOrganizationId']));
    expect(schemas.MeetingDirectiveInputDto.properties.dueDate).toMatchObject({ format: 'date', nullable: true });
    const patch = (document.paths['/api/v1/directives/{id}'] as any).patch;
    expect(patch.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'If-Match', in: 'header', required: true })]));
    const create = (document.paths['/api/v1/meetings'] as any).post;
    expect(create.responses['422'].content['application/problem+json'].schema.required).toEqual(
      expect.arrayContaining(['type', 'status', 'code']),
    );
  });

  it.each([
    ['/api/v1/directives', 'DirectivePageDto'],
    ['/api/v1/reports/overdue', 'OverdueReportDto'],
    ['/api/v1/reports/agency-performance', 'AgencyPerformanceDto'],
  ])('documents the exports of %s: the format parameter and the three kinds of answer', (path, schema) => {
    const document = buildOpenApiDocument(t.app);
    const list = (document.paths[path] as any).get;
    expect(list.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'format',
          in: 'query',
          required: false,
          schema: expect.objectContaining({ enum: ['json', 'xlsx', 'csv'] }),
        }),
      ]),
    );
    expect(list.responses['200'].content).toEqual({
      'application/json': { schema: { $ref: `#/components/schemas/${schema}` } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
      'text/csv': { schema: { type: 'string', format: 'binary' } },
    });
  });
});
