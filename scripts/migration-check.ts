import '../src/database/pg-types.js';
import { schemaDrift, withScratchDatabase } from './scratch-database.js';

// Fails when an entity changed without its migration: the schema the migrations
// build must be exactly the schema the entities describe.
const drift = await withScratchDatabase(schemaDrift);
if (drift.up.length > 0) {
  console.error('The entities and the migrations disagree. A migration is missing; these statements would be needed:\n');
  for (const query of drift.up) console.error(`  ${query};`);
  console.error('\nRun `npm run migration:generate -- <PascalCaseName>`, read the file, and commit it.');
  process.exit(1);
}
console.log('migration:check — the migrations build exactly the schema the entities describe.');
