import { serverUrl } from './template-database.js';

export const RACES_SKIPPED_REASON = 'the embedded database has one connection, so nothing can race';

/**
 * Tests that send requests in parallel to see that exactly one wins can only
 * lose on a database that runs transactions side by side. They run on the
 * PostgreSQL server (as in CI); on the embedded database every request waits
 * for the one before, so they would pass whatever the code did: they are
 * skipped there, and the reason is in their title.
 */
export function describeRaces(title: string, body: () => void): void {
  if (serverUrl()) describe(`${title} (PostgreSQL server: parallel transactions)`, body);
  else describe.skip(`${title} (skipped: ${RACES_SKIPPED_REASON})`, body);
}

/**
 * The precondition of every race test, checked rather than assumed: two queries
 * sent at once through the app's pool are served by two sessions at the same time.
 */
export async function expectParallelSessions(sql: (query: string) => Promise<{ pid: number }[]>): Promise<void> {
  const [[first], [second]] = await Promise.all([
    sql('SELECT pg_backend_pid() AS pid FROM pg_sleep(0.2)'),
    sql('SELECT pg_backend_pid() AS pid FROM pg_sleep(0.2)'),
  ]);
  expect(first!.pid).not.toBe(second!.pid);
}
