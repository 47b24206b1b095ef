import { type CaptureLog, send } from '../floor/capture.js';
import type { CapturedStatement } from '../floor/recipe.js';
import type { Endpoint } from './endpoints.js';
import type { Target } from './targets.js';

/** What may differ between two writes of the same kind: ids, instants, digests, counters. */
function masked(value: unknown[]): string {
  return (
    JSON.stringify(shape(value))
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
      .replace(/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}(:\d{2})?)?/g, '<time>')
      .replace(/[0-9a-f]{64}/gi, '<digest>')
      .replace(/\d+/g, '<n>')
      // How many entries one seal moves depends on who else committed meanwhile: an array of masked values counts once.
      .replace(/(\\"<(n|id|digest|time)>\\",)+(?=\\"<\2>\\")/g, '')
  );
}

/** A JSON document (an audit snapshot) by its keys: what it holds depends on the row written, its fields do not. */
function shape(values: unknown[]): unknown[] {
  return values.map((value) => {
    if (typeof value !== 'string' || !value.startsWith('{"')) return value;
    try {
      return Object.keys(JSON.parse(value) as object).sort();
    } catch {
      return value;
    }
  });
}

/** Rows read depend on the directive; rows written must be the same. */
const WRITE = /^\s*(INSERT|UPDATE|DELETE)\b/i;

function writes(statements: CapturedStatement[]): string[] {
  return statements.map(
    (s) =>
      `${s.text}\n  values ${masked(s.values)}\n  rows ${WRITE.test(s.text) ? (s.rowCount ?? '-') : 'read'}${s.error ? ` error ${s.error}` : ''}`,
  );
}

/**
 * Before measuring: the floor must give the service's answers. Reads: same
 * status and the same bytes for every URL measured. Writes: same status, and
 * the same statements with the same values (ids, instants, digests and
 * counters masked) affecting the same number of rows, seen through each
 * process's capture hook. Answers the number of requests compared; throws on
 * the first difference.
 */
export async function checkFloor(
  service: Target,
  floor: Target,
  logs: { service: CaptureLog; floor: CaptureLog },
  endpoint: Endpoint,
): Promise<number> {
  if (!endpoint.write) {
    for (const request of endpoint.sample) {
      const [a, b] = [await send(service.base, request), await send(floor.base, request)];
      const mask = (text: string) => (endpoint.volatile ? text.replace(endpoint.volatile, '<volatile>') : text);
      if (a.status !== b.status || mask(a.text) !== mask(b.text)) {
        throw new Error(
          `${endpoint.label}: the floor's answer differs from the service's for ${request.path}\n` +
            `  service ${a.status}: ${a.text.slice(0, 300)}\n  floor   ${b.status}: ${b.text.slice(0, 300)}`,
        );
      }
    }
    return endpoint.sample.length;
  }
  // The sweep can seal a writer's entries between its commit and its own seal, which then moves nothing (captureWrite
  // has the same race): a few attempts find a pair that did the same work.
  for (let attempt = 1; ; attempt++) {
    await logs.service.skip();
    const a = await send(service.base, endpoint.next());
    const byService = writes(await logs.service.take());
    await logs.floor.skip();
    const b = await send(floor.base, endpoint.next());
    const byFloor = writes(await logs.floor.take());
    const differs = byService.findIndex((statement, i) => statement !== byFloor[i]);
    if (a.status === b.status && byService.length === byFloor.length && differs < 0) return 1;
    if (attempt === 3) {
      throw new Error(
        `${endpoint.label}: the floor does not write what the service writes (status ${a.status} / ${b.status}, ` +
          `${byService.length} / ${byFloor.length} statements)\n  service: ${byService[differs] ?? '-'}\n  floor:   ${byFloor[differs] ?? '-'}\n` +
          `  floor answered: ${b.text.slice(0, 300)}`,
      );
    }
  }
}
