import 'reflect-metadata';
import { createApp, openDatabase } from '../src/bootstrap.js';
import { ConfigError, loadConfig } from '../src/config/app-config.js';
import { DataDirLockedError } from '../src/database/embedded-postgres.js';
import { DEMO_USERS, ensureDemoUsers } from './demo/demo-users.js';
import { httpClient } from './demo/http-client.js';
import { ORGANIZATIONS } from './demo/laocai-meeting.js';
import { seedLaoCai } from './demo/seed-laocai.js';
import { mintServiceSession } from './demo/service-session.js';

// Runs the service on a loopback port of its own and loads the demo through its
// HTTP API. With the embedded database, stop `npm start` first (one process per
// data directory); with DATABASE_URL it can run beside a running service.
async function seed(): Promise<void> {
  // Seeding is not the service: the daily digest job stays off in this process.
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', DIGEST_ENABLED: 'false' });
  const database = await openDatabase(config);
  const app = await createApp(config, database.target);
  const sessions: { revoke: () => Promise<void> }[] = [];
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.getHttpServer().address() as { port: number };
    const clientFor = async (userId: string) => {
      const session = await mintServiceSession(app, userId);
      sessions.push(session);
      return httpClient(port, session.token);
    };

    const central = await ensureDemoUsers(
      app,
      DEMO_USERS.filter((u) => !u.organization),
      {},
    );
    const [admin, secretariat] = [central.find((u) => u.role === 'admin')!, central.find((u) => u.role === 'secretariat')!];
    const report = await seedLaoCai({ admin: await clientFor(admin.id), secretariat: await clientFor(secretariat.id) });

    const organizations = await (await clientFor(admin.id)).get('/api/v1/organizations?limit=200');
    const byShortName = Object.fromEntries(
      (organizations.body.items as { id: string; shortName: string }[])
        .filter((o) => ORGANIZATIONS.some((demo) => demo.shortName === o.shortName))
        .map((o) => [o.shortName, o.id]),
    );
    const agency = await ensureDemoUsers(
      app,
      DEMO_USERS.filter((u) => u.organization),
      byShortName,
    );

    console.log(
      `Demo data: organizations ${report.organizations.created} created, ${report.organizations.existing} already there; ` +
        `people ${report.people.created} created, ${report.people.existing} already there; ` +
        `meeting ${report.meeting.created ? 'recorded' : 'already recorded'} (${report.meeting.id}).`,
    );
    console.log('\nDemo users (sign in at POST /api/v1/auth/login):');
    for (const user of [...central, ...agency]) {
      console.log(`  ${user.role.padEnd(17)} ${user.username.padEnd(20)} ${user.password ?? '(already existed; password unchanged)'}`);
    }
  } finally {
    for (const session of sessions) await session.revoke();
    await app.close();
    await database.embedded?.stop();
  }
}

// A running service holding the data directory, or a bad setting, is the user's
// to fix: one line that says what to do, not a stack trace.
seed().catch((error: unknown) => {
  if (error instanceof DataDirLockedError || error instanceof ConfigError) console.error(`seed:demo: ${error.message}`);
  else console.error('seed:demo failed:', error);
  process.exit(1);
});
