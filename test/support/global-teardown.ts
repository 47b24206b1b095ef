import { rmSync } from 'node:fs';
import { adminQuery, TEMPLATE_ENV } from './template-database.js';

export default async function globalTeardown(): Promise<void> {
  const template = process.env[TEMPLATE_ENV.serverTemplate];
  if (template) await adminQuery(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  const dump = process.env[TEMPLATE_ENV.embeddedDump];
  if (dump) rmSync(dump, { force: true });
}
