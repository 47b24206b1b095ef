import fc from 'fast-check';
import { hostileValue } from './fuzz-hostile-values.js';

/** The part of OpenAPI's schema object that @nestjs/swagger writes for this API. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
  items?: Schema;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
}

export interface SchemaContext {
  schemas: Record<string, Schema>;
  /** Ids of rows that exist, so that valid-looking requests reach the database. */
  knownIds: readonly string[];
  /** The same ids by the path segment that lists them: `users`, `meetings`, `speeches`… */
  idsByCollection: Record<string, readonly string[]>;
  /** Values that make a field valid by its name (the test accounts' usernames and password), so that sign-in succeeds now and then. */
  knownValues: Record<string, readonly string[]>;
  /** How often (0..1) a field gets a hostile value instead of a plausible one. */
  hostility: number;
}

export function resolve(schema: Schema, context: SchemaContext): Schema {
  if (schema.$ref) return resolve(context.schemas[schema.$ref.split('/').pop()!]!, context);
  if (schema.allOf?.length === 1) return { ...resolve(schema.allOf[0]!, context), nullable: schema.nullable };
  return schema;
}

const VIETNAMESE = ['Nguyễn Văn A', 'Sở Kế hoạch và Đầu tư', 'Khu kinh tế cửa khẩu', 'Trưởng phòng', 'Ủy ban nhân dân tỉnh Lào Cai'];

/** The collection a uuid field refers to, by its name: `leadOrganizationId` → organizations. */
const REFERENCES: [RegExp, string][] = [
  [/^(person|speaker|chair|issuedBy)Id/, 'people'],
  [/^(organization|organizer|parent|leadOrganization|cooperatingOrganization)Id/, 'organizations'],
  [/^sourceSpeechId/, 'speeches'],
  [/^meetingId/, 'meetings'],
  [/^entityId/, 'directives'],
];

function plausibleString(schema: Schema, context: SchemaContext, name: string): fc.Arbitrary<string> {
  const max = Math.max(1, Math.min(schema.maxLength ?? 60, 60));
  const known = context.knownValues[name];
  if (known) return fc.oneof(fc.constantFrom(...known), fc.string({ minLength: 1, maxLength: max }));
  switch (schema.format) {
    case 'uuid': {
      const collection = REFERENCES.find(([pattern]) => pattern.test(name))?.[1];
      const own = collection ? (context.idsByCollection[collection] ?? []) : [];
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...(own.length > 0 ? own : context.knownIds)) },
        { weight: 1, arbitrary: fc.constantFrom(...context.knownIds) },
        { weight: 1, arbitrary: fc.uuid() },
      );
    }
    case 'date':
      return fc.oneof(
        fc.constantFrom('2024-03-12', '2024-02-29', '1900-01-01', '2999-12-31'),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      );
    case 'date-time':
      return fc.oneof(
        fc.constantFrom('2024-03-12T08:00:00+07:00', '2024-03-12T01:00:00Z', '2024-03-12T08:00+07:00'),
        fc.date({ min: new Date('1800-01-01'), max: new Date('3100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
      );
    case 'uri':
      return fc.oneof(fc.constantFrom('https://laocai.gov.vn/tin-tuc/1', 'http://example.org/'), fc.webUrl());
    default:
      if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
      return fc.oneof(
        fc.constantFrom(...VIETNAMESE),
        // Exactly at the limit, in letters that take two or three bytes: a limit counted in bytes would refuse it.
        fc.constant('ệ'.repeat(schema.maxLength ?? 60)),
        fc.string({ minLength: schema.minLength ?? 0, maxLength: max, unit: 'grapheme' }),
        fc.string({ minLength: 1, maxLength: max }),
      );
  }
}

/** A value that is usually what the schema describes, with hostile values mixed in at every level. */
export function valueFor(schema: Schema, context: SchemaContext, depth = 0, name = ''): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, context);
  const plausible = plausibleValue(resolved, context, depth, name);
  const withNull = resolved.nullable
    ? fc.oneof({ weight: 5, arbitrary: plausible }, { weight: 1, arbitrary: fc.constant(null) })
    : plausible;
  const hostileWeight = Math.round(context.hostility * 100);
  const beyond = beyondLimits(resolved);
  const hostile = beyond ? fc.oneof({ weight: 3, arbitrary: hostileValue }, { weight: 1, arbitrary: beyond }) : hostileValue;
  return fc.oneof({ weight: 100 - hostileWeight, arbitrary: withNull }, { weight: hostileWeight, arbitrary: hostile });
}

/** Values one step past what the schema allows: one character, one unit or one item too many or too few. */
function beyondLimits(schema: Schema): fc.Arbitrary<unknown> | undefined {
  const values: unknown[] = [];
  if (schema.maxLength !== undefined) values.push('ệ'.repeat(schema.maxLength + 1), 'a'.repeat(schema.maxLength + 1));
  if (schema.minLength !== undefined && schema.minLength > 0) values.push('a'.repeat(schema.minLength - 1));
  if (schema.maximum !== undefined) values.push(schema.maximum + 1, schema.maximum + 0.5);
  if (schema.minimum !== undefined) values.push(schema.minimum - 1);
  if (schema.maxItems !== undefined) values.push(Array.from({ length: schema.maxItems + 1 }, () => null));
  return values.length > 0 ? fc.constantFrom(...values) : undefined;
}

function plausibleValue(schema: Schema, context: SchemaContext, depth: number, name: string): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return plausibleString(schema, context, name);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueFor(schema.items ?? {}, context, depth + 1, name), {
        maxLength: Math.min(schema.maxItems ?? 4, depth > 0 ? 2 : 4),
      });
    case 'object':
    default:
      if (!schema.properties) return fc.jsonValue({ maxDepth: 2 });
      return objectFor(schema, context, depth);
  }
}

export function objectFor(schema: Schema, context: SchemaContext, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const shape = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, valueFor(property, context, depth + 1, key)]));
  const required = schema.required ?? [];
  const record = fc.record(shape, { requiredKeys: required.filter((key) => key in shape) }) as fc.Arbitrary<Record<string, unknown>>;
  // Now and then a field the schema does not know, or one it requires left out.
  return fc
    .tuple(record, fc.nat({ max: 19 }), fc.constantFrom('isAdmin', 'version', 'id', 'createdAt', '__proto__', ''))
    .map(([value, roll, extra]) => {
      if (roll === 0) return { ...value, [extra]: true };
      if (roll === 1 && required.length > 0) {
        const { [required[0]!]: _dropped, ...rest } = value;
        return rest;
      }
      return value;
    });
}
