import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BackupManifest } from '../../scripts/backup/backup-manifest.js';
import { adminQuery, embeddedTemplate, serverUrl, TEMPLATE_ENV, withDatabase } from '../support/template-database.js';
import {
  assertBuilt,
  createAgency,
  type DrillDatabase,
  drillEnv,
  messageLines,
  readDemoMeeting,
  runBuiltScript,
  signIn,
  startBuiltService,
  startInProcessService,
  status,
} from './support/backup-drill.js';
import { recordFigure } from './support/figures.js';

interface DrillTarget {
  trial: string;
  original: DrillDatabase;
  restored: DrillDatabase;
  /** A server is backed up while the service runs; the embedded database only once it has stopped. */
  backupWhileRunning: boolean;
  /** The migrated embedded test template to start DATA_DIR from, when this run made one. */
  template?: Blob;
}

/**
 * The operator's drill of README "Backup and restore": the demo meeting and a
 * few audited changes, `npm run backup`, more changes, `npm run restore` into
 * a fresh database, `audit:verify --backup` against the head recorded at the
 * backup, then the built service on the restored database serves the demo
 * meeting exactly as before and knows nothing of the later changes.
 */
async function restoreDrill(target: DrillTarget, backups: string): Promise<void> {
  let service = await startInProcessService(target.original, target.template);
  const seeded = await service.seed();
  const admin = seeded.users.find((u) => u.role === 'admin')!;
  const leader = seeded.users.find((u) => u.role === 'leader')!;
  const meetingId = seeded.laoCai.meeting.id;
  const beforeBackup = await createAgency(
    service.base,
    await signIn(service.base, admin.username, admin.password!),
    'Sở Tư pháp tỉnh Lào Cai',
  );
  const demoMeeting = await readDemoMeeting(service.base, await signIn(service.base, leader.username, leader.password!), meetingId);

  if (!target.backupWhileRunning) {
    const refused = await runBuiltScript('backup', ['--out', backups], drillEnv(target.original));
    expect(refused.code).toBe(1);
    expect(messageLines(refused.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(`^backup: The service \\(pid ${process.pid}\\) is using the embedded database in .+\\. Stop it to back it up`),
      ),
    ]);
    await service.stop();
  }
  const backup = await runBuiltScript('backup', ['--out', backups], drillEnv(target.original));
  expect(backup).toMatchObject({ code: 0 });
  const manifestPath = /^manifest: (.+)$/m.exec(backup.stdout)![1]!;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BackupManifest;
  expect(manifest.audit).toMatchObject({ head: { seq: expect.stringMatching(/^\d+$/) }, pending: 0 });

  if (!target.backupWhileRunning) service = await startInProcessService(target.original);
  const afterBackup = await createAgency(
    service.base,
    await signIn(service.base, admin.username, admin.password!),
    'Sở Nội vụ tỉnh Lào Cai',
  );
  await service.stop();

  const overwrite = await runBuiltScript('restore', [manifestPath], drillEnv(target.original));
  expect(overwrite.code).toBe(1);
  expect(messageLines(overwrite.stderr)).toEqual([expect.stringMatching(/^restore: .+ is not empty.+Restore into a new/)]);

  // A damaged copy is refused before anything is written: the restore below then finds its target still empty.
  const damaged = join(backups, 'damaged');
  mkdirSync(damaged);
  copyFileSync(manifestPath, join(damaged, basename(manifestPath)));
  const bytes = readFileSync(join(backups, manifest.file));
  bytes[bytes.length >> 1]! ^= 0xff;
  writeFileSync(join(damaged, manifest.file), bytes);
  const refused = await runBuiltScript('restore', [join(damaged, basename(manifestPath))], drillEnv(target.restored));
  expect(refused.code).toBe(1);
  expect(messageLines(refused.stderr)).toEqual([
    expect.stringMatching(/^restore: .+ \(its SHA-256 differs from the manifest's\): it was damaged or replaced$/),
  ]);

  const restore = await runBuiltScript('restore', [manifestPath], drillEnv(target.restored));
  expect(restore).toMatchObject({ code: 0 });
  const head = manifest.audit.head!;
  expect(restore.stdout).toContain(`the head at backup time ${head.seq}:${head.hash} matches`);

  const verify = await runBuiltScript('audit-verify', ['--backup', manifestPath], drillEnv(target.restored));
  expect(verify).toMatchObject({ code: 0 });
  expect(verify.stdout).toContain(`anchor ${head.seq} matches`);
  // Nothing after the backup came back: the restored chain ends where the backup's did.
  expect(/^head: (\S+)/m.exec(verify.stdout)![1]).toBe(`${head.seq}:${head.hash}`);
  const verified = Number(/OK: (\d+) entries/.exec(verify.stdout)![1]);
  expect(verified).toBe(manifest.audit.entries);

  const restored = await startBuiltService(drillEnv(target.restored));
  let identical: boolean;
  try {
    const leaderHeaders = await signIn(restored.base, leader.username, leader.password!);
    const readBack = await readDemoMeeting(restored.base, leaderHeaders, meetingId);
    expect(readBack).toEqual(demoMeeting);
    identical = true;
    expect(await status(restored.base, leaderHeaders, `/organizations/${beforeBackup}`)).toBe(200);
    expect(await status(restored.base, leaderHeaders, `/organizations/${afterBackup}`)).toBe(404);
  } finally {
    await restored.stop();
  }

  recordFigure({ trial: target.trial, name: 'backup size (MB)', value: (manifest.bytes / 1024 / 1024).toFixed(2) });
  recordFigure({ trial: target.trial, name: 'backup (s)', value: backup.seconds.toFixed(1) });
  recordFigure({ trial: target.trial, name: 'restore, audit chain checked (s)', value: restore.seconds.toFixed(1) });
  recordFigure({ trial: target.trial, name: 'audit entries verified', value: verified, expected: `${manifest.audit.entries}` });
  recordFigure({ trial: target.trial, name: 'head matches the backup', value: 'yes', expected: 'yes' });
  recordFigure({ trial: target.trial, name: 'demo meeting identical', value: identical ? 'yes' : 'no', expected: 'yes' });
}

describe('Backup and restore drill', () => {
  let backups: string;
  beforeAll(() => {
    assertBuilt();
    backups = mkdtempSync(join(tmpdir(), 'chidao-backups-'));
  });
  afterAll(() => rmSync(backups, { recursive: true, force: true }));

  const server = serverUrl();
  (server ? it : it.skip)('PostgreSQL server: backed up while the service runs, restored into a new database', async () => {
    const [original, restored] = [`chidao_drill_${process.pid}`, `chidao_drill_${process.pid}_restored`];
    for (const name of [original, restored]) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    // From the migrated test template: the drill is about the copy, not the migrations.
    await adminQuery(`CREATE DATABASE ${original} TEMPLATE ${process.env[TEMPLATE_ENV.serverTemplate]!}`);
    await adminQuery(`CREATE DATABASE ${restored}`);
    try {
      await restoreDrill(
        {
          trial: 'restore drill (server)',
          original: { DATABASE_URL: withDatabase(server!, original) },
          restored: { DATABASE_URL: withDatabase(server!, restored) },
          backupWhileRunning: true,
        },
        join(backups, 'server'),
      );
    } finally {
      for (const name of [original, restored]) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });

  it('embedded database: refused while the service runs, copied once it stops, restored into a new DATA_DIR', async () => {
    const dirs = mkdtempSync(join(tmpdir(), 'chidao-drill-'));
    try {
      await restoreDrill(
        {
          trial: 'restore drill (embedded)',
          original: { DATA_DIR: join(dirs, 'data') },
          restored: { DATA_DIR: join(dirs, 'data-restored') },
          backupWhileRunning: false,
          template: process.env[TEMPLATE_ENV.embeddedDump] ? embeddedTemplate() : undefined,
        },
        join(backups, 'embedded'),
      );
    } finally {
      rmSync(dirs, { recursive: true, force: true });
    }
  });
});
