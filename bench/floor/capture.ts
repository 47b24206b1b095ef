import { openSync, readSync, fstatSync, closeSync, writeFileSync } from 'node:fs';
import { decodeJwt } from 'jose';
import { templateOf } from './body-template.js';
import { type CapturedRequest, type CapturedStatement, type Recipe, readKey, writeKey } from './recipe.js';
import { varyingValues } from './remap.js';

/** A request as sent to a target. */
export interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

export async function send(base: string, request: Sent): Promise<Answer> {
  const answer = await fetch(`${base}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  return { status: answer.status, contentType: answer.headers.get('content-type') ?? 'application/json', text: await answer.text() };
}

/** The lines the capture hook appends to BENCH_CAPTURE_FILE, read request by request. */
export class CaptureLog {
  private offset = 0;

  constructor(readonly file: string) {
    writeFileSync(file, '');
  }

  /** The statements written since the last call (sent one request at a time, so they are that request's). */
  async take(): Promise<CapturedStatement[]> {
    // The hook writes a statement's line when its result arrives, before the answer; a moment for stragglers.
    await new Promise((wait) => setTimeout(wait, 30));
    const fd = openSync(this.file, 'r');
    try {
      const size = fstatSync(fd).size;
      const bytes = Buffer.alloc(size - this.offset);
      readSync(fd, bytes, 0, bytes.length, this.offset);
      this.offset = size;
      return bytes
        .toString('utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as CapturedStatement)
        .sort((a, b) => a.seq - b.seq)
        .filter((statement) => statement.text.trim().toUpperCase() !== 'DEALLOCATE ALL'); // per connection, not per request
    } finally {
      closeSync(fd);
    }
  }

  async skip(): Promise<void> {
    await this.take();
  }
}

function capturedRequest(request: Sent): CapturedRequest {
  const authorization = request.headers.authorization;
  let claims: CapturedRequest['claims'] = null;
  if (authorization?.startsWith('Bearer ')) {
    const payload = decodeJwt(authorization.slice(7));
    claims = { userId: String(payload.sub), sessionId: String(payload.sid) };
  }
  const ifMatch = request.headers['if-match'];
  return {
    method: request.method,
    url: request.path,
    body: request.body ?? null,
    ifMatch: ifMatch ? ifMatch.replace(/"/g, '') : null,
    claims,
  };
}

async function once(base: string, log: CaptureLog, request: Sent) {
  await log.skip();
  const capturedAt = Date.now();
  const answer = await send(base, request);
  const statements = await log.take();
  const failed = statements.find((statement) => statement.error);
  if (failed)
    throw new Error(`${request.method} ${request.path}: the service's statement failed (${failed.error}): ${failed.text.slice(0, 200)}`);
  if (answer.status >= 400)
    throw new Error(`${request.method} ${request.path}: the service answered ${answer.status} ${answer.text.slice(0, 300)}`);
  return { answer, statements, capturedAt };
}

function recipeOf(request: Sent, write: boolean, taken: Awaited<ReturnType<typeof once>>, varying?: boolean[][]): Recipe {
  const { answer, statements, capturedAt } = taken;
  const steps = statements.map((statement, i) => ({
    text: statement.text,
    name: statement.name,
    values: statement.values,
    varying: varying?.[i] ?? statement.values.map(() => false),
    rows: statement.rows ?? [],
    rowCount: statement.rowCount,
  }));
  return {
    key: write ? writeKey(request.method, request.path) : readKey(request.method, request.path),
    write,
    request: capturedRequest(request),
    status: answer.status,
    contentType: answer.contentType,
    statements: steps,
    body: templateOf(
      JSON.parse(answer.text),
      steps.map((step) => step.rows),
    ),
    capturedAt,
  };
}

/** A read's recipe: what the service ran for this URL, after a warm-up request. */
export async function captureRead(base: string, log: CaptureLog, request: Sent): Promise<Recipe> {
  await send(base, request);
  return recipeOf(request, false, await once(base, log, request));
}

/**
 * A write's recipe: a warm-up request, then two captured ones (each from
 * `next()`, so with their own ids). They must run the same statements; the
 * values that differ between them are the ones a replay remaps (remap.ts).
 */
export async function captureWrite(base: string, log: CaptureLog, next: () => Sent): Promise<Recipe> {
  await send(base, next());
  const texts = (x: Awaited<ReturnType<typeof once>>) => x.statements.map((statement) => statement.text).join('\n;\n');
  // The audit sealer's one-second sweep can seal a writer's entries between its commit and its own seal, so one of
  // two requests may run a seal with nothing to move: a few attempts find two that did the same work.
  for (let attempt = 1; ; attempt++) {
    const first = next();
    const a = await once(base, log, first);
    const b = await once(base, log, next());
    if (texts(a) === texts(b)) {
      return recipeOf(
        first,
        true,
        a,
        a.statements.map((statement, i) => varyingValues(statement.values, b.statements[i]!.values)),
      );
    }
    if (attempt === 3) {
      const [x, y] = [a.statements, b.statements].map((list) => list.map((statement) => statement.text.slice(0, 120)));
      const at = x!.findIndex((text, i) => text !== y![i]);
      throw new Error(
        `${first.method} ${first.path}: two requests ran different statements; the floor cannot replay it generically\n` +
          `  statement ${at} of ${x!.length} / ${y!.length}:\n  ${x![at] ?? '(none)'}\n  ${y![at] ?? '(none)'}`,
      );
    }
  }
}
