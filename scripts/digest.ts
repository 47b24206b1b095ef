import 'reflect-metadata';
import { createApp, openDatabase } from '../src/bootstrap.js';
import { Clock } from '../src/common/time/clock.js';
import { ConfigError, loadConfig } from '../src/config/app-config.js';
import { DataDirLockedError } from '../src/database/embedded-postgres.js';
import { DIGEST_USAGE, describeDigestResult, parseDigestCommand } from '../src/notifications/digest-command.js';
import { RunDigestService } from '../src/notifications/run-digest.service.js';

// Runs the daily digest by hand: `npm run digest -- --date 2024-03-12 [--force]`
// (see DIGEST_USAGE). Without --force a day that already ran (by the schedule
// or by hand) is left alone, as a second instance would leave it.
async function digest(): Promise<void> {
  const command = parseDigestCommand(process.argv.slice(2));
  if (command.kind === 'help') {
    console.log(DIGEST_USAGE);
    return;
  }
  if (command.kind === 'mistake') {
    console.error(`digest: ${command.message}\n\n${DIGEST_USAGE}`);
    process.exit(2);
  }
  // This process runs the one day it is asked for; its own minute check stays off.
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', DIGEST_ENABLED: 'false' });
  const database = await openDatabase(config);
  const app = await createApp(config, database.target);
  try {
    const day = command.date ?? app.get(Clock).today();
    const result = await app.get(RunDigestService).run(day, 'manual', { force: command.force });
    console.log(describeDigestResult(result, config.mail.smtpUrl !== null));
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
