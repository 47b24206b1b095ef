import { readFileSync, writeFileSync } from 'node:fs';
import '../src/database/pg-types.js';
import { schemaDrift, withScratchDatabase } from './scratch-database.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseVerbObject>   e.g. AddDirectiveCompletedAt');
  process.exit(2);
}

const drift = await withScratchDatabase(schemaDrift);
if (drift.up.length === 0) {
  console.log('Nothing to generate: the migrations already build the schema the entities describe.');
  process.exit(0);
}

const timestamp = Date.now();
const className = `${name}${timestamp}`;
const file = `${timestamp}-${name}`;
const indent = (queries: string[]): string => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
writeFileSync(
  `migrations/${file}.ts`,
  `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${indent(drift.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${indent([...drift.down].reverse())}
  }
}
`,
);

const indexPath = 'migrations/index.ts';
const index = readFileSync(indexPath, 'utf8')
  .replace(/(\n+export const MIGRATIONS)/, `\nimport { ${className} } from './${file}.js';$1`)
  .replace(/\[([^\]]*)\];/, (_match, list: string) => {
    const entries = list
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    return `[${[...entries, className].join(', ')}];`;
  });
writeFileSync(indexPath, index);
console.log(`Wrote migrations/${file}.ts and registered it in ${indexPath}. Read it before you commit it.`);
