import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createApp, openDatabase } from '../src/bootstrap.js';
import { Clock } from '../src/common/time/clock.js';
import { isDateOnly } from '../src/common/validation/date-only.js';
import { ConfigError, loadConfig } from '../src/config/app-config.js';
import { DataDirLockedError } from '../src/database/embedded-postgres.js';
import { RunDigestService } from '../src/notifications/run-digest.service.js';

// Runs the daily digest by hand: `npm run digest -- --date 2024-03-12 [--force]`.
// Without --force a day that already ran (by the schedule or by hand) is left
// alone, as a second instance would leave it; with --force it runs again: its
// deadline notifications are not written twice, its mail is sent again.
async function digest(): Promise<void> {
  const { values } = parseArgs({ options: { date: { type: 'string' }, force: { type: 'boolean', default: false } } });
  if (values.date !== undefined && !isDateOnly(values.date)) {
    console.error('Usage: npm run digest -- [--date YYYY-MM-DD] [--force]   (default: today in APP_TIME_ZONE)');
    process.exit(2);
  }
  // This process runs the one day it is asked for; its own minute check stays off.
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', DIGEST_ENABLED: 'false' });
  const database = await openDatabase(config);
  const app = await createApp(config, database.target);
  try {
    const day = values.date ?? app.get(Clock).today();
    const result = await app.get(RunDigestService).run(day, 'manual', { force: values.force });
    console.log(
      result.ran
        ? `Digest of ${day}: ${result.notificationsWritten} notifications written, ${result.mailsSent} mails sent, ${result.mailsFailed} failed.`
        : `The digest of ${day} has already run; nothing done (use --force to run it again).`,
    );
  } finally {
    await app.close();
    await database.embedded?.stop();
  }
}

digest().catch((error: unknown) => {
  if (error instanceof DataDirLockedError || error instanceof ConfigError) console.error(`digest: ${error.message}`);
  else console.error('digest failed:', error);
  process.exit(1);
});
