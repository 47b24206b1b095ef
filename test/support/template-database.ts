import { readFileSync } from 'node:fs';
import pg from 'pg';

/**
 * Where the migrated template lives, handed from the global setup to the test
 * files through the environment (workers inherit it).
 */
export const TEMPLATE_ENV = {
  serverTemplate: 'CHIDAO_TEST_TEMPLATE_DB',
  embeddedDump: 'CHIDAO_TEST_TEMPLATE_DUMP',
} as const;

export function serverUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function embeddedTemplate(): Blob {
  const path = process.env[TEMPLATE_ENV.embeddedDump];
  if (!path) throw new Error('The e2e global setup did not run: no embedded template.');
  return new Blob([readFileSync(path)]);
}
