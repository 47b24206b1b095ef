import { createTestApp, type TestApp } from '../support/test-app.js';

describe('GET /api/v1/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 200 with the state of the database, without login', async () => {
    const response = await t.get('/api/v1/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: { status: 'up', kind: expect.stringMatching(/^(embedded|server)$/), latencyMs: expect.any(Number) },
    });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('answers 503 when the database is gone, and API calls fail without leaking internals', async () => {
    await t.killDatabase();
    const health = await t.get('/api/v1/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'unavailable', database: { status: 'down', latencyMs: null } });

    const list = await t.get('/api/v1/organizations');
    expect(list.status).toBe(503);
    expect(list.body.code).toBe('database_unavailable');
    expect(list.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(list.text).not.toMatch(/ECONNREFUSED|postgres|SELECT/i);
  });
});
