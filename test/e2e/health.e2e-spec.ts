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

  it('sends the security headers on every API answer, refusals and unknown routes included', async () => {
    const answers = [
      await t.get('/api/v1/health'),
      await t.anonymous.get('/api/v1/meetings'),
      await t.get('/api/v1/no-such-route'),
      await t.get('/api/v1/meetings'),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 404, 200]);
    for (const answer of answers) {
      expect(answer.headers).toMatchObject({
        'content-security-policy': expect.stringContaining("default-src 'self'"),
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
      });
      expect(answer.headers['x-powered-by']).toBeUndefined();
    }
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
