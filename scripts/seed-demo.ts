import 'reflect-metadata';
import { createApp, openDatabase } from '../src/bootstrap.js';
import { ConfigError, loadConfig } from '../src/config/app-config.js';
import { DataDirLockedError } from '../src/database/embedded-postgres.js';
import { STORY_AS_OF } from './demo/followup-story.js';
import { seedDemoData } from './demo/seed-demo-data.js';
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
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { laoCai: report, story, users } = await seedDemoData(app, (instant) => clock.at(instant));

    console.log(
      `Demo data: organizations ${report.organizations.created} created, ${report.organizations.existing} already there; ` +
        `people ${report.people.created} created, ${report.people.existing} already there; ` +
        `meeting ${report.meeting.created ? 'recorded' : 'already recorded'} (${report.meeting.id}); ` +
        `follow-up of ${story.told} directives told, ${story.alreadyTold} already told (look at them as of ${STORY_AS_OF}: ?asOf=${STORY_AS_OF}).`,
    );
    console.log('\nDemo users (npm start, then sign in at http://127.0.0.1:3000/ — or POST /api/v1/auth/login):');
    for (const user of users) {
      console.log(`  ${user.role.padEnd(17)} ${user.username.padEnd(20)} ${user.password ?? '(already existed; password unchanged)'}`);
    }
  } finally {
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
