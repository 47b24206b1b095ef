import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dumpEmbeddedTemplate } from '../../src/database/embedded-postgres.js';
import { runMigrationsWithLock } from '../../src/database/migrate.js';
import { buildDataSourceOptions } from '../../src/app-data-source.js';
import { adminQuery, serverUrl, TEMPLATE_ENV, withDatabase } from './template-database.js';

async function migrate(url: string, poolSize: number): Promise<void> {
  const dataSource = await new DataSource(buildDataSourceOptions({ url, poolSize })).initialize();
  try {
    await runMigrationsWithLock(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Migrates one template database; every test file then starts from a copy of it. */
export default async function globalSetup(): Promise<void> {
  const server = serverUrl();
  if (server) {
    const name = `chidao_test_tpl_${process.pid}`;
    await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
    await adminQuery(`CREATE DATABASE ${name}`);
    await migrate(withDatabase(server, name), 2);
    process.env[TEMPLATE_ENV.serverTemplate] = name;
    return;
  }
  const dump = await dumpEmbeddedTemplate((url) => migrate(url, 1));
  const path = join(tmpdir(), `chidao-test-template-${process.pid}.tar`);
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  process.env[TEMPLATE_ENV.embeddedDump] = path;
}
