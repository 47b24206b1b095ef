import fc from 'fast-check';
import { encodeCursor } from '../../../src/common/http/pagination.js';
import { contentTypes, HOSTILE_STRINGS, hostileRawBodies, toJson } from './fuzz-hostile-values.js';
import { objectFor, resolve, type Schema, type SchemaContext, valueFor } from './fuzz-schema-arbitrary.js';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
}

/** Tokens that are not an access token: made up, unsigned, signed with another key, a refresh token, an expired one. */
export const FORGED_CALLERS = ['forged', 'expired-looking', 'alg-none', 'wrong-key', 'expired', 'refresh-token'] as const;
export const ROLE_CALLERS = ['admin', 'secretariat', 'leader', 'department_head', 'department_staff'] as const;

/** Who sends a request: a role's token, no token, or a token that is not one. */
export type Caller = 'anonymous' | (typeof FORGED_CALLERS)[number] | (typeof ROLE_CALLERS)[number];

export interface FuzzRequest {
  operation: string;
  caller: Caller;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content['application/json']?.schema,
      })),
  );
}

/** Encodes what a client could put in a URL; a lone surrogate cannot be, so it is sent as the replacement character. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

const CALLERS = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom<Caller>('anonymous', 'anonymous', ...FORGED_CALLERS) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<Caller>('admin', 'admin', 'secretariat', 'secretariat', 'leader', 'department_head', 'department_staff'),
  },
);

/** Cursors: real-looking ones for each list's key shape, and ones built to break the query. */
function cursorArbitrary(knownIds: readonly string[]): fc.Arbitrary<string> {
  const id = fc.oneof(fc.constantFrom(...knownIds), fc.uuid());
  const hostileKey = fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constantFrom<unknown>(null, 1, 1.5, -1, true, [], {}, '+275760-09-13T00:00:00Z', '-000001-01-01T00:00:00Z', '9999999999999999999'),
  );
  return fc.oneof(
    fc.tuple(fc.constantFrom('Sở', 'admin', 'Nguyễn', '2024-03-12', '2024-03-12T01:00:00.000Z', '42'), id).map((key) => encodeCursor(key)),
    fc.tuple(hostileKey, fc.oneof(id, hostileKey)).map((key) => Buffer.from(JSON.stringify(key)).toString('base64url')),
    fc.tuple(hostileKey).map((key) => Buffer.from(JSON.stringify(key)).toString('base64url')),
    fc.constantFrom(
      '',
      'not-base64!!',
      Buffer.from('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]').toString(
        'base64url',
      ),
      Buffer.from('{"__proto__":1}').toString('base64url'),
      Buffer.from('[1e400,"00000000-0000-0000-0000-000000000000"]').toString('base64url'),
      Buffer.from('\u0000').toString('base64url'),
      Buffer.from([0xff, 0xfe, 0x00]).toString('base64url'),
      'A'.repeat(600),
    ),
  );
}

function queryValue(parameter: Parameter, context: SchemaContext): fc.Arbitrary<string | string[]> {
  if (parameter.name === 'cursor') return cursorArbitrary(context.knownIds);
  const schema = resolve(parameter.schema ?? { type: 'string' }, context);
  const plausible = valueFor(schema, { ...context, hostility: 0 }, 0, parameter.name).map((value) =>
    typeof value === 'string' ? value : JSON.stringify(value),
  );
  return fc.oneof(
    { weight: 6, arbitrary: plausible },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    // ?limit=1&limit=2 arrives as an array.
    { weight: 1, arbitrary: fc.array(plausible, { minLength: 2, maxLength: 3 }) },
  );
}

/** The collection a path parameter names a member of: `/meetings/{meetingId}/speeches/{speechId}` → meetings, speeches. */
function collectionOf(path: string, parameter: string): string {
  const segments = path.split('/');
  return segments[segments.indexOf(`{${parameter}}`) - 1] ?? '';
}

function pathValue(context: SchemaContext, collection: string): fc.Arbitrary<string> {
  const own = context.idsByCollection[collection] ?? [];
  const ids = own.length > 0 ? own : context.knownIds;
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...ids) },
    { weight: 2, arbitrary: fc.constantFrom(...context.knownIds) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...ids).map((id) => id.toUpperCase()) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s !== '')) },
  );
}

/** Query strings no form would send: broken escapes, repeated and bracketed keys, thousands of pairs, raw non-ASCII. */
const HOSTILE_QUERIES = fc.constantFrom(
  `?${'limit=1&'.repeat(1000)}`,
  `?${'x=1&'.repeat(2000)}`,
  '?%',
  '?%%32',
  '?q=%E0%A4%A',
  '?q=%C0%AF',
  '?q=%00',
  '?limit=1&limit=2&limit=3',
  '?cursor[]=1',
  '?cursor[a]=1',
  '?__proto__[x]=1',
  '?constructor[prototype][x]=1',
  `?q=${'ệ'.repeat(5000)}`,
  '?q=Nguyễn Văn A',
  '?=',
  '?&&&',
  '??',
  '?limit=0x10',
  '?limit=1e3',
  '?limit=-0',
  '?limit= 1',
  '?limit=',
  '?status=assigned,completed',
  '?q=%27%20OR%201%3D1--',
  '?q=a%2500',
  '?from=2024-03-12&to=2023-03-12',
  '?dueFrom=99999-01-01',
  `?q=${encodeURIComponent('\u202e\u200b')}`,
);

const ifMatch = fc.oneof(
  fc.integer({ min: 1, max: 4 }).map((v) => `W/"${v}"`),
  fc.constantFrom('*', 'W/"0"', 'W/"-1"', 'W/"99999999999999999999"', '"1"', 'W/"1.5"', 'W/"1", W/"2"', 'garbage', ''),
);

const idempotencyKey = fc.oneof(fc.uuid(), fc.constantFrom('x', 'a'.repeat(256), 'key with spaces', ''));

/** One request to one operation: parameters, body and headers each plausible or hostile. */
export function requestArbitrary(operations: Operation[], context: SchemaContext): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...operations).chain((operation) => {
    const pathParameters = operation.parameters.filter((p) => p.in === 'path');
    const queryParameters = operation.parameters.filter((p) => p.in === 'query');
    const path = fc
      .tuple(...pathParameters.map((parameter) => pathValue(context, collectionOf(operation.path, parameter.name))))
      .map((values) =>
        pathParameters.reduce((url, parameter, index) => url.replace(`{${parameter.name}}`, encode(values[index]!)), operation.path),
      );
    const query = fc
      .tuple(
        fc.tuple(...queryParameters.map((parameter) => fc.option(queryValue(parameter, context), { nil: undefined, freq: 2 }))),
        fc.option(fc.tuple(fc.constantFrom('unknown', 'limit[]', 'q[$ne]', '__proto__', ''), fc.constantFrom('1', '\u0000')), { freq: 8 }),
      )
      .map(([values, extra]) => {
        const pairs: string[] = [];
        values.forEach((value, index) => {
          if (value === undefined) return;
          for (const one of Array.isArray(value) ? value : [value]) pairs.push(`${encode(queryParameters[index]!.name)}=${encode(one)}`);
        });
        if (extra) pairs.push(`${encode(extra[0])}=${encode(extra[1])}`);
        return pairs.length > 0 ? `?${pairs.join('&')}` : '';
      });
    // A body on an operation that takes none (GET included) now and then: it must be ignored or refused, never parsed into a 500.
    const body = operation.body
      ? bodyArbitrary(operation.body, context)
      : fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostileRawBodies('x') });
    const headers = fc.record(
      {
        'if-match': ifMatch,
        'idempotency-key': idempotencyKey,
        'content-type': contentTypes.filter((value): value is string => value !== undefined),
      },
      { requiredKeys: [] },
    );
    const wantsIfMatch = operation.parameters.some((p) => p.name === 'If-Match');
    return fc
      .record({
        path,
        query,
        rawQuery: fc.option(HOSTILE_QUERIES, { freq: 15 }),
        body,
        headers,
        caller: CALLERS,
        keepIfMatch: fc.nat({ max: 9 }),
      })
      .map(({ path, query, rawQuery, body, headers, caller, keepIfMatch }): FuzzRequest => {
        const sent: Record<string, string> = { ...headers };
        // Most updates carry an If-Match, so that they get past the precondition and into the database.
        if (wantsIfMatch && keepIfMatch > 0 && !sent['if-match']) sent['if-match'] = 'W/"1"';
        if (body !== undefined && !('content-type' in headers)) sent['content-type'] = 'application/json';
        return {
          operation: `${operation.method} ${operation.path}`,
          caller,
          method: operation.method,
          url: `${path}${rawQuery ?? query}`,
          headers: sent,
          payload: body,
        };
      });
  });
}

function bodyArbitrary(schema: Schema, context: SchemaContext): fc.Arbitrary<string | undefined> {
  const resolved = resolve(schema, context);
  const firstKey = Object.keys(resolved.properties ?? {})[0] ?? 'x';
  return fc.oneof(
    { weight: 3, arbitrary: objectFor(resolved, { ...context, hostility: 0 }).map(toJson) },
    { weight: 8, arbitrary: objectFor(resolved, context).map(toJson) },
    { weight: 2, arbitrary: hostileRawBodies(firstKey) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}
