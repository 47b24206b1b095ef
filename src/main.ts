import 'reflect-metadata';
import { setFlagsFromString } from 'node:v8';
import { Logger } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import { buildOpenApiDocument, createApp, openDatabase } from './bootstrap.js';
import { API_PREFIX } from './common/http/api-prefix.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { stopGracefullyOnSignals } from './graceful-shutdown.js';

async function main(): Promise<void> {
  const logger = new Logger('Chỉ Đạo');
  const config = loadConfig();
  // Read by V8 at each full collection, so it takes effect though the heap already exists (unlike the semi-space size,
  // which is a command-line flag: package.json start:prod and the Dockerfile).
  if (config.heapGrowthPercent > 0) setFlagsFromString(`--heap-growing-percent=${config.heapGrowthPercent}`);
  if (config.database.kind === 'embedded') {
    logger.log(`No DATABASE_URL: starting the embedded PostgreSQL in ${config.database.dataDir} (the first start takes 5–10 s)…`);
  }
  const database = await openDatabase(config);
  const app = await createApp(config, database.target);
  // Built on the first visit to the docs, not at start-up: most instances never serve them.
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  logger.log(`Listening on ${url}/${API_PREFIX} — API docs at ${url}/api/docs`);

  stopGracefullyOnSignals(app, database, config);
}

main().catch(async (error: unknown) => {
  // Imported here, not at the top: it loads PGlite, which a service on a PostgreSQL server never uses.
  const { DataDirLockedError } = await import('./database/embedded-postgres.js');
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error('Chỉ Đạo could not start:', error);
  }
  process.exit(1);
});
