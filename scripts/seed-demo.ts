import 'reflect-metadata';
import { createApp, openDatabase } from '../src/bootstrap.js';
import { ConfigError, loadConfig } from '../src/config/app-config.js';
import { DataDirLockedError } from '../src/database/embedded-postgres.js';
import { DEMO_USERS, ensureDemoUsers, type EnsuredUser } from './demo/demo-users.js';
import { MEETING_RECORDED_AT, STORY_AS_OF, type Teller, tellFollowUpStory } from './demo/followup-story.js';
import { httpClient } from './demo/http-client.js';
import { ORGANIZATIONS } from './demo/laocai-meeting.js';
import { seedLaoCai } from './demo/seed-laocai.js';
import { mintServiceSession } from './demo/service-session.js';
import { StoryClock } from './demo/story-clock.js';

// Runs the service on a loopback port of its own and loads the demo through its
// HTTP API. With the embedded database, stop `npm start` first (one process per
// data directory); with DATABASE_URL it can run beside a running service.
async function seed(): Promise<void> {
  // The seed's service stands in 2024 while it tells the story: no daily digest may run on its clock.
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', DIGEST_ENABLED: 'false' });
  const database = await openDatabase(config);
  const clock = new StoryClock(config);
  const app = await createApp(config, database.target, clock);
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
    // Recorded the afternoon of the meeting, so that the directives' stories begin where they were issued.
    clock.at(MEETING_RECORDED_AT);
    const report = await seedLaoCai({ admin: await clientFor(admin.id), secretariat: await clientFor(secretariat.id) }).finally(() =>
      clock.at(null),
    );

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

    const everyone = [...central, ...agency];
    const userOf = (teller: Teller): EnsuredUser => {
      const [kind, organization] = teller.split(':') as [string, string | undefined];
      const role = { secretariat: 'secretariat', leader: 'leader', head: 'department_head', staff: 'department_staff' }[kind];
      const demo = DEMO_USERS.find((u) => u.role === role && u.organization === organization);
      const user = everyone.find((u) => u.username === demo?.username);
      if (!user) throw new Error(`No demo user acts as ${teller}`);
      return user;
    };
    const story = await tellFollowUpStory(
      report.meeting.id,
      async (teller) => clientFor(userOf(teller).id),
      (instant) => clock.at(instant),
    );

    console.log(
      `Demo data: organizations ${report.organizations.created} created, ${report.organizations.existing} already there; ` +
        `people ${report.people.created} created, ${report.people.existing} already there; ` +
        `meeting ${report.meeting.created ? 'recorded' : 'already recorded'} (${report.meeting.id}); ` +
        `follow-up of ${story.told} directives told, ${story.alreadyTold} already told (look at them as of ${STORY_AS_OF}: ?asOf=${STORY_AS_OF}).`,
    );
    console.log('\nDemo users (sign in at POST /api/v1/auth/login):');
    for (const user of everyone) {
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
