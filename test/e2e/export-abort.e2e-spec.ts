import { request } from 'node:http';
import { createMeeting } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A client that hangs up in the middle of a download (a closed browser tab, a
 * flaky line) must cost nothing: before, the CSV writer's failure went
 * unhandled, which ends a Node process, and the XLSX writer waited forever.
 */
describe('An export download abandoned half-way', () => {
  let t: TestApp;
  let meetingId: string;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

  beforeAll(async () => {
    t = await createTestApp();
    meetingId = (await createMeeting(t, { title: 'Họp' })).id;
    await t.sql(
      `INSERT INTO directive (meeting_id, ordinal, title, lead_organization_id, due_date, original_due_date)
       SELECT $1, n, repeat('Nhiệm vụ số ', 20) || n, $2::uuid, DATE '2024-01-01' + (n % 500), DATE '2024-01-01' + (n % 500)
         FROM generate_series(1, 20000) n`,
      [meetingId, t.agencies.own],
    );
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await t.close();
  });

  for (const format of ['csv', 'xlsx']) {
    it(`${format}: leaves no unhandled rejection (which kills a production Node process) when the client goes away`, async () => {
      unhandled.length = 0;
      const { port } = t.app.getHttpServer().address() as { port: number };
      await new Promise<void>((resolve) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: `/api/v1/directives?meetingId=${meetingId}&format=${format}`,
            headers: { authorization: `Bearer ${t.users.leader.accessToken}` },
          },
          (res) => {
            res.once('data', () => {
              res.pause(); // read one chunk, then stall like a slow client …
              setTimeout(() => {
                req.destroy();
                resolve();
              }, 500); // … and hang up
            });
          },
        );
        req.on('error', () => undefined);
        req.end();
      });
      // The writer notices on its next write; give it the time to fail, if it were to.
      await new Promise((r) => setTimeout(r, 2000));
      expect(unhandled.map((e) => String(e))).toEqual([]);
      // And the service goes on: the whole list downloads for the next client.
      const whole = await t.as('leader').get(`/api/v1/directives?meetingId=${meetingId}&format=csv`);
      expect(whole.status).toBe(200);
      expect(whole.text.trimEnd().split('\r\n')).toHaveLength(20_001);
    }, 60_000);
  }
});
