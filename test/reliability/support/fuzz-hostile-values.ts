import fc from 'fast-check';

/**
 * What an attacker (or a broken client) sends instead of the value a field
 * wants. Each entry is here because some layer once handled it badly somewhere:
 * PostgreSQL refuses NUL and years past 294276, deep nesting overflows
 * recursive walkers, lone surrogates break encoders, invisible characters make
 * blank names.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'Nguyễn\u0000',
  '\u0001\u0002\u0003\u001b[31m',
  '\u007f',
  '\t\n\r',
  '\u200b',
  '\u0085',
  '\u00a0',
  '\u2060',
  '\ufeff',
  '\u180e',
  '\u3164',
  '\u2800',
  '\u202eexe.gnp',
  '\u2066x\u2069',
  '\u200f\u200e',
  '\ud800',
  'a\udfffb',
  '\uffff\ufffe',
  'e\u0301\u0301\u0301\u0301\u0301\u0301',
  'Z̷̧̛̖̞͍̤͇̹̥̞̖̗̰̣̀͐̓̒̋̈́̾̾͘a̸̛͕͍̯̫̔̈́̿͐̊̂͠l̵g̴o̷',
  '𝕋𝕖𝕤𝕥 🇻🇳 👨‍👩‍👧‍👦',
  "'; DROP TABLE directive; --",
  "' OR '1'='1",
  '%',
  '%00',
  '%ZZ',
  '\\',
  '"',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '{{7*7}}',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e400',
  '99999999999999999999999999',
  '-9223372036854775809',
  '0x10',
  '１２３',
  '2024-02-30',
  '0000-00-00',
  '0001-01-01',
  '9999-12-31',
  '+275760-09-13T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '+010000-01-01T00:00:00Z',
  '2024-03-12T25:61:00+07:00',
  '2024-03-12T08:00:00+99:99',
  '2024-03-12T08:00:00',
  '2024-03-12',
  'Tue, 12 Mar 2024 08:00:00 GMT',
  'infinity',
  '-infinity',
  'epoch',
  'allballs',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '{00000000-0000-0000-0000-000000000000}',
  '00000000000000000000000000000000',
  'javascript:alert(1)',
  'http://',
  'https://x',
  'ftp://example.com',
  'http://[::1]:99999',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  // Decomposed (NFD) Vietnamese, as some keyboards send it: must be stored as NFC or refused, never half-matched.
  'Nguye\u0302\u0303n Va\u0306n A',
  'So\u031b\u0309 Ke\u0302\u0301 hoa\u0323ch',
  '\u200b\u200c\u200d',
  '\u202e',
  '\u202dSở\u202c',
  '\u061c\u200f',
  '\udc00abc',
  'abc\ud83d',
  '\ud83d\ude00\ud83d',
];

/** Strings long enough to hit every length limit, and the body limit. */
export const HUGE_STRINGS: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(101, 201, 301, 501, 1001, 2001, 20_001, 100_001, 1_100_000).map((n) => 'ệ'.repeat(n)),
  fc.constantFrom(256, 20_001).map((n) => '\u0000'.repeat(n)),
  fc.constantFrom(1001, 5000).map((n) => '\u200b'.repeat(n)),
);

export const HOSTILE_NUMBERS: readonly number[] = [
  -1,
  0,
  -0,
  1.5,
  2 ** 31,
  2 ** 53 + 1,
  -(2 ** 63),
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
];

/**
 * Nested arrays or objects, as deep as the attacker's 4 KB body (2,000 levels)
 * and deeper. JSON.stringify cannot write them, so a value holds a placeholder
 * that `toJson` replaces with the nested text.
 */
const DEEP = /"\\u0001deep:(\d+):(array|object)\\u0001"/g;

function deeplyNested(depth: number, kind: 'array' | 'object'): string {
  return `\u0001deep:${depth}:${kind}\u0001`;
}

export function nestedText(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}{}${'}'.repeat(depth)}`;
}

/** JSON text of a generated value, deep nesting included. */
export function toJson(value: unknown): string {
  return JSON.stringify(value).replace(DEEP, (_match, depth: string, kind: 'array' | 'object') => nestedText(Number(depth), kind));
}

const nestingDepths = fc.constantFrom(31, 33, 100, 2_000, 10_000);

/** 10,000-item arrays (and one past): every array field has a cap, and a walker must not choke before it is checked. */
export const HUGE_ARRAYS: fc.Arbitrary<unknown[]> = fc
  .tuple(fc.constantFrom(10_000, 10_001), fc.constantFrom('uuid', 'string', 'null', 'object'))
  .map(([n, kind]) =>
    Array.from({ length: n }, (_, i) => {
      switch (kind) {
        case 'uuid':
          return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        case 'string':
          return `x${i}`;
        case 'null':
          return null;
        default:
          return { id: i };
      }
    }),
  );

/** A value of the wrong kind for any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: HUGE_STRINGS },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], ['\u0000'], { $ne: null }, { __proto__: null, x: 1 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(nestingDepths, fc.constantFrom('array', 'object') as fc.Arbitrary<'array' | 'object'>)
      .map(([d, k]) => deeplyNested(d, k)),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: HUGE_ARRAYS },
);

/**
 * Whole bodies that are not the object an operation wants, written as the raw
 * text a client sends: JSON that is not an object, broken JSON, duplicate keys,
 * prototype pollution, numbers JSON.parse turns into Infinity, deep nesting.
 */
export function hostileRawBodies(sampleKey: string): fc.Arbitrary<string> {
  const deep = (n: number, kind: 'array' | 'object') => `{"${sampleKey}":${nestedText(n, kind)}}`;
  return fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      'null',
      'true',
      '0',
      '"text"',
      '[]',
      '[{}]',
      '{',
      '{"a":',
      '{"a":1}}',
      "{'a':1}",
      '{"a":1,}',
      '\u0000',
      '{"\u0000":1}',
      `{"${sampleKey}":"\\u0000"}`,
      `{"${sampleKey}":"\\ud800"}`,
      `{"${sampleKey}":1e999}`,
      `{"${sampleKey}":-1e999}`,
      `{"${sampleKey}":1,"${sampleKey}":"x","${sampleKey}":null}`,
      '{"__proto__":{"isAdmin":true}}',
      '{"constructor":{"prototype":{"isAdmin":true}}}',
      `{"${sampleKey}":{"__proto__":{"x":1}}}`,
      '\ufeff{}',
      `{"${sampleKey}":[${'0,'.repeat(10_000)}0]}`,
      `[${'{},'.repeat(10_000)}{}]`,
    ),
    nestingDepths.map((n) => deep(n, 'array')),
    nestingDepths.map((n) => deep(n, 'object')),
    fc.string({ unit: 'binary', maxLength: 60 }),
  );
}

/** Headers bodies are sent with: mostly JSON, sometimes a type the API does not take. */
export const contentTypes: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 12, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      undefined,
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'APPLICATION/JSON',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/merge-patch+json',
      'application/json, text/plain',
      '*/*',
    ),
  },
);
