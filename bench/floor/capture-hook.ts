import { appendFileSync } from 'node:fs';
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
  const original = pg.Client.prototype.query as unknown as Query;
  let sequence = 0;
  const record = (line: CapturedStatement) => appendFileSync(file, `${JSON.stringify(line)}\n`);
  (pg.Client.prototype as unknown as { query: Query }).query = function captured(config, values, callback) {
    const statement = statementOf(config, values);
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
