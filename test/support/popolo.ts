import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Schema, Validator } from 'jsonschema';

const SCHEMAS = join(import.meta.dirname, '..', 'fixtures', 'popolo', 'schemas');
const BASE = 'http://www.popoloproject.com/schemas/';

/** The Popolo class of each collection of a document, and the schema that validates its items. */
export const CLASS_OF = {
  events: 'event',
  speeches: 'speech',
  persons: 'person',
  organizations: 'organization',
  memberships: 'membership',
} as const;

/** A validator holding every vendored Popolo schema under its own id, so that every `$ref` resolves offline. */
export function popoloValidator(): { validator: Validator; unresolved: string[]; ids: string[] } {
  const validator = new Validator();
  const ids: string[] = [];
  for (const file of readdirSync(SCHEMAS).filter((name) => name.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as Schema;
    validator.addSchema(schema, schema.id);
    ids.push(schema.id!);
  }
  // addSchema lists the refs it could not find among the schemas added so far; after all of them, none may remain.
  const unresolved = validator.unresolvedRefs.filter((ref) => !(ref in validator.schemas));
  return { validator, unresolved, ids };
}

/** Every schema violation of a Popolo document, as "<collection>[i]: <message>"; empty when it is valid. */
export function popoloViolations(validator: Validator, document: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [collection, popoloClass] of Object.entries(CLASS_OF)) {
    const items = document[collection];
    if (!Array.isArray(items)) {
      problems.push(`${collection}: missing or not an array`);
      continue;
    }
    const schema = validator.schemas[`${BASE}${popoloClass}.json#`]!;
    items.forEach((item, i) => {
      for (const error of validator.validate(item, schema, { throwError: false, nestedErrors: true }).errors) {
        problems.push(`${collection}[${i}]${error.property.slice('instance'.length)}: ${error.message}`);
      }
    });
  }
  return problems;
}
