import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dumpEmbeddedTemplate } from '../../src/database/embedded-postgres.js';
import { runMigrationsWithLock } from '../../src/database/migrate.js';
import { buildDataSourceOptions } from '../../src/app-data-source.js';
import { seedFixtureUsers } from './fixture-users.js';
import { RACES_SKIPPED_REASON } from './races.js';
import { adminQuery, serverUrl, TEMPLATE_ENV, withDatabase } from './template-database.js';

async function prepareTemplate(url: string, poolSize: number): Promise<void> {
  const dataSource = await new DataSource(buildDataSourceOptions({ url, poolSize })).initialize();
  try {
    await runMigrationsWithLock(dataSource);
    await seedFixtureUsers(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Migrates one template database and adds the fixture users; every test file
 * then starts from a copy of it. The e2e and medium projects share it: the
 * first of their set-ups makes it, the second finds it.
 */
export default async function globalSetup(): Promise<void> {
  const server = serverUrl();
  if (server) {
    if (process.env[TEMPLATE_ENV.serverTemplate]) return;
    const name = `chidao_test_tpl_${process.pid}`;
    await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
    await adminQuery(`CREATE DATABASE ${name}`);
    await prepareTemplate(withDatabase(server, name), 2);
    process.env[TEMPLATE_ENV.serverTemplate] = name;
    return;
  }
  if (process.env[TEMPLATE_ENV.embeddedDump]) return;
  console.log(`\nRace tests are skipped: ${RACES_SKIPPED_REASON}. Set DATABASE_URL to a PostgreSQL server to run them.`);
  const dump = await dumpEmbeddedTemplate((url) => prepareTemplate(url, 1));
  const path = join(tmpdir(), `chidao-test-template-${process.pid}.tar`);
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  process.env[TEMPLATE_ENV.embeddedDump] = path;
}
