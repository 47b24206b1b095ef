import { ShutdownState } from '../../src/health/shutdown-state.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * What a load balancer and a client see while main.ts stops the service
 * (src/graceful-shutdown.ts; the whole sequence on a real process:
 * test/reliability/graceful-shutdown.reliability-spec.ts).
 */
describe('Shutting down: the health check drains, then requests are refused cleanly', () => {
  let t: TestApp;
  let state: ShutdownState;
  beforeAll(async () => {
    t = await createTestApp();
    state = t.app.get(ShutdownState);
  });
  afterAll(async () => {
    state.phase = 'running';
    await t.close();
  });

  it('answers 503 draining on the health check while still serving requests', async () => {
    state.phase = 'draining';
    const health = await t.anonymous.get('/api/v1/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'draining', database: { status: 'up' } });
    const served = await t.get('/api/v1/meetings');
    expect(served.status).toBe(200);
    // Kept-alive connections are let go while draining, so none is idle when the server closes.
    expect(served.headers.connection).toBe('close');
  });

  it('answers a 503 problem document with Retry-After and Connection: close once closing', async () => {
    state.phase = 'closing';
    const refused = await t.get('/api/v1/meetings');
    state.phase = 'running';
    expect(refused.status).toBe(503);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.headers.connection).toBe('close');
    expect(refused.body).toMatchObject({ status: 503, code: 'shutting_down', instance: '/api/v1/meetings' });
  });
});
