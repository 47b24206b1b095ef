import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';
import type { CapturedStatement } from './recipe.js';

/**
 * Preloaded into the built service by the load bench only
 * (`node --import dist/bench/floor/capture-hook.js dist/src/main.js`): every
 * statement any pg client sends — TypeORM's unnamed ones, the service's named
 * prepared ones, BEGIN and COMMIT — is appended to BENCH_CAPTURE_FILE as one
 * JSON line with the values as they go on the wire and the rows that came back.
 * The floor replays those lines, so it follows the service whenever its SQL
 * changes. Nothing happens without BENCH_CAPTURE_FILE.
 *
 * Only statements sent on behalf of an HTTP request are kept: the audit
 * sealer's sweep runs every second on a timer, and a sweep landing inside a
 * captured write made the service's statements differ from the floor's at
 * random (a CI run failed on it).
 */
const file = process.env.BENCH_CAPTURE_FILE;
// The wire form of a value (what pg itself sends): dates, arrays and JSON as PostgreSQL reads them.
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as { prepareValue(value: unknown): unknown };

type Query = (this: pg.Client, config: unknown, values?: unknown, callback?: unknown) => unknown;

function wire(value: unknown): string | null | { base64: string } {
  const prepared = prepareValue(value);
  if (prepared === null || prepared === undefined) return null;
  if (Buffer.isBuffer(prepared)) return { base64: prepared.toString('base64') };
  return String(prepared);
}

function statementOf(config: unknown, values: unknown): Omit<CapturedStatement, 'rows' | 'rowCount' | 'seq'> | undefined {
  if (typeof config === 'string') return { text: config, name: null, values: Array.isArray(values) ? values.map(wire) : [] };
  if (typeof config !== 'object' || config === null || !('text' in config)) return undefined;
  const { text, name, values: own } = config as { text: string; name?: string; values?: unknown[] };
  const given = Array.isArray(values) ? values : (own ?? []);
  return { text, name: name ?? null, values: given.map(wire) };
}

if (file) {
  const inRequest = new AsyncLocalStorage<true>();
  const emit = http.Server.prototype.emit as (this: http.Server, event: string, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function withinRequest(this: http.Server, event: string, ...args: unknown[]) {
    return event === 'request' ? inRequest.run(true, () => emit.call(this, event, ...args)) : emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
  const original = pg.Client.prototype.query as unknown as Query;
  let sequence = 0;
  const record = (line: CapturedStatement) => appendFileSync(file, `${JSON.stringify(line)}\n`);
  (pg.Client.prototype as unknown as { query: Query }).query = function captured(config, values, callback) {
    const statement = inRequest.getStore() ? statementOf(config, values) : undefined;
    const result = original.call(this, config, values, callback);
    if (!statement || !(result instanceof Promise)) {
      if (statement) record({ ...statement, seq: sequence++, rows: null, rowCount: null });
      return result;
    }
    const seq = sequence++;
    result.then(
      (answer: pg.QueryResult | pg.QueryResult[]) => {
        const last = Array.isArray(answer) ? answer.at(-1) : answer;
        record({ ...statement, seq, rows: last?.rows ?? [], rowCount: last?.rowCount ?? null });
      },
      (error: { code?: string }) => record({ ...statement, seq, rows: null, rowCount: null, error: error.code ?? 'error' }),
    );
    return result;
  };
}
