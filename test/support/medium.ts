import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import type { Actor } from '../../src/common/actor.js';
import { loadConfig } from '../../src/config/app-config.js';
import { databaseDigest } from './database-digest.js';
import type { FixtureUser } from './fixture-users.js';
import { FixedClock, TEST_NOW } from './fixed-clock.js';
import { openTestDatabase } from './test-database.js';

/**
 * The medium tier (after immich's server/test/medium): the real modules and
 * services on a copy of the migrated template, without HTTP. A use case is
 * called through its service's public method with an Actor; the database is
 * read back with SQL.
 */
export interface Medium {
  get<T>(type: Type<T>): T;
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  /** A signed-in fixture user (see fixture-users.ts), as a controller would hand it to a service. */
  actor(user: FixtureUser): Promise<Actor>;
  snapshot(): Promise<Record<string, string>>;
  clock: FixedClock;
  close(): Promise<void>;
}

export async function createMedium(options: { now?: string } = {}): Promise<Medium> {
  // No HTTP, so no token is ever signed; the key is only there because the auth module wants one.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'fatal', JWT_SECRET: 'medium-tier-key-that-signs-nothing-0123456789' });
  const clock = new FixedClock(config, new Date(options.now ?? TEST_NOW));
  const database = await openTestDatabase();
  let context: INestApplicationContext;
  try {
    context = await NestFactory.createApplicationContext(AppModule.forRoot({ config, database: database.target, clock }), {
      logger: false,
      abortOnError: false,
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const dataSource = context.get(DataSource);
  const sql = (query: string, params?: unknown[]) => dataSource.query(query, params);
  return {
    get: (type) => context.get(type),
    sql,
    async actor(user) {
      const [row] = await sql('SELECT id, role, organization_id FROM app_user WHERE username = $1', [user]);
      if (!row) throw new Error(`No fixture user ${user} in the template`);
      return {
        userId: row.id,
        username: user,
        role: row.role,
        organizationId: row.organization_id,
        sessionId: randomUUID(),
        requestId: randomUUID(),
      };
    },
    snapshot: () => databaseDigest(sql),
    clock,
    async close() {
      await context.close();
      await database.drop();
    },
  };
}
