import { DataSource } from 'typeorm';
import { openDatabase } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { grantAppRole } from '../src/database/app-role.js';
import { runMigrationsWithLock } from '../src/database/migrate.js';
import '../src/database/pg-types.js';
import { buildDataSourceOptions } from '../src/app-data-source.js';

// Applies pending migrations to the configured database (DATABASE_URL, or the
// embedded one in DATA_DIR), e.g. as the schema owner before starting the app
// with MIGRATIONS_RUN=false under a role without DDL rights. With APP_DB_ROLE
// set, then grants that role what the service needs and nothing more.
const database = await openDatabase(loadConfig());
const dataSource = await new DataSource(buildDataSourceOptions(database.target)).initialize();
try {
  const applied = await runMigrationsWithLock(dataSource);
  console.log(applied.length === 0 ? 'No pending migrations.' : `Applied: ${applied.map((m) => m.name).join(', ')}`);
  const appRole = process.env.APP_DB_ROLE;
  if (appRole) {
    await grantAppRole(dataSource, appRole);
    console.log(`Granted ${appRole} row access only (no DDL; the audit trail is insert-only).`);
  }
} finally {
  await dataSource.destroy();
  await database.embedded?.stop();
}
