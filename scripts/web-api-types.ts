import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { buildOpenApiDocument, createApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { packageRoot } from '../src/config/package-root.js';
import { withScratchDatabase } from './scratch-database.js';

// The web client's view of the API: `npm run web:api` after any change to it.
// Writes web/src/api/openapi.json (the document, as /api/docs-json serves it)
// and web/src/api/schema.d.ts (its types, for openapi-fetch). The e2e test
// test/e2e/openapi.e2e-spec.ts fails while the committed document is stale.
//
// The service starts on a scratch database (a temporary one on the server of
// DATABASE_URL, or an in-memory embedded one) and never listens; no setting of
// a running service is read, so the document is the same on every machine.
const API_FOLDER = join(packageRoot(), 'web', 'src', 'api');

async function writeFormatted(file: string, text: string): Promise<void> {
  const options = await resolveConfig(file);
  await writeFile(file, await format(text, { ...options, filepath: file }));
  console.log(`web:api: wrote ${file}`);
}

async function generate(): Promise<void> {
  const document = await withScratchDatabase(async (target) => {
    const config = loadConfig({
      NODE_ENV: 'development',
      LOG_LEVEL: 'error',
      DIGEST_ENABLED: 'false',
      // Signs nothing anyone keeps; spares the embedded database's key file.
      JWT_SECRET: randomBytes(48).toString('base64'),
      // The document does not need the interface, built or not.
      WEB_ROOT: join(API_FOLDER, 'no-interface-here'),
    });
    const app = await createApp(config, target);
    try {
      return buildOpenApiDocument(app);
    } finally {
      await app.close();
    }
  });
  await writeFormatted(join(API_FOLDER, 'openapi.json'), JSON.stringify(document, null, 2));
  const types = astToString(await openapiTS(document as OpenAPI3));
  await writeFormatted(join(API_FOLDER, 'schema.d.ts'), `${COMMENT_HEADER}${types}`);
}

generate().catch((error: unknown) => {
  console.error('web:api failed:', error);
  process.exit(1);
});
