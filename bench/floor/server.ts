import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { jwtVerify } from 'jose';
import pg from 'pg';
import '../../src/database/pg-types.js';
import { loadConfig } from '../../src/config/app-config.js';
import { render } from './body-template.js';
import { type CapturedRequest, type Recipe, readKey, writeKey } from './recipe.js';
import { Replay } from './remap.js';

/**
 * The floor (issue 11): node:http and a pg pool of the service's size, running
 * the statements the service itself ran for each endpoint (recipes captured by
 * bench/floor/capture-hook.ts and written to FLOOR_RECIPES by the load bench),
 * each as a named prepared statement, then the service's answer rebuilt from
 * the rows (body-template.ts). Authentication costs what it costs the service:
 * the same JWT check (secret and claims from the service's own configuration)
 * and the session-row statement, which is part of every signed-in recipe.
 */
const config = loadConfig(process.env);
if (config.database.kind !== 'server' || !config.auth.jwtSecret) throw new Error('The floor needs DATABASE_URL and JWT_SECRET');
const key = new TextEncoder().encode(config.auth.jwtSecret);
const pool = new pg.Pool({ connectionString: config.database.url, max: config.database.poolSize });
const recipes = new Map((JSON.parse(readFileSync(process.env.FLOOR_RECIPES!, 'utf8')) as Recipe[]).map((recipe) => [recipe.key, recipe]));
// Transaction control has no parameters to bind: sent as simple queries, like TypeORM does.
const CONTROL = /^\s*(START|BEGIN|COMMIT|ROLLBACK|SET|SAVEPOINT|RELEASE)\b/i;
const names = new Map<string, string>();

/** Every other statement runs prepared: its own name when the service gave one, else one derived from its text. */
function nameOf(text: string, given: string | null): string {
  if (given) return given;
  let name = names.get(text);
  if (!name) {
    name = `floor_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, name);
  }
  return name;
}

class Refused extends Error {
  constructor(readonly status: number) {
    super(String(status));
  }
}

async function claimsOf(request: IncomingMessage): Promise<CapturedRequest['claims']> {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  try {
    const { payload } = await jwtVerify(header.slice(7), key, {
      algorithms: ['HS256'],
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      requiredClaims: ['exp', 'sub', 'sid'],
    });
    return typeof payload.sub === 'string' && typeof payload.sid === 'string' ? { userId: payload.sub, sessionId: payload.sid } : null;
  } catch {
    return null;
  }
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? null : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
}

async function execute(recipe: Recipe, actual: CapturedRequest): Promise<Record<string, unknown>[][]> {
  const replay = recipe.write ? new Replay(recipe.request, actual, recipe.capturedAt) : undefined;
  const client = await pool.connect();
  const results: Record<string, unknown>[][] = [];
  let inTransaction = false;
  try {
    for (const statement of recipe.statements) {
      if (CONTROL.test(statement.text) && statement.values.length === 0) {
        await client.query(statement.text);
        if (/^\s*(START|BEGIN)/i.test(statement.text)) inTransaction = true;
        if (/^\s*(COMMIT|ROLLBACK)/i.test(statement.text)) inTransaction = false;
        results.push([]);
        continue;
      }
      // A read's values are its recipe's (one recipe per URL); only the signed-in session is this request's.
      const values = replay ? replay.values(statement) : sessionValues(recipe, actual, statement.values);
      const { rows } = await client.query({ name: nameOf(statement.text, statement.name), text: statement.text, values });
      if (statement === sessionStatement(recipe) && rows.length === 0) throw new Refused(401);
      replay?.results(statement, rows);
      results.push(rows);
    }
    return results;
  } catch (error) {
    if (inTransaction) await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const sessionStatements = new Map<Recipe, Recipe['statements'][number] | undefined>();

/** The first statement that takes the token's session id: the session-row check (a 401 when it finds none). */
function sessionStatement(recipe: Recipe): Recipe['statements'][number] | undefined {
  if (!sessionStatements.has(recipe)) {
    const sessionId = recipe.request.claims?.sessionId;
    sessionStatements.set(recipe, sessionId ? recipe.statements.find((statement) => statement.values.includes(sessionId)) : undefined);
  }
  return sessionStatements.get(recipe);
}

function sessionValues(recipe: Recipe, actual: CapturedRequest, values: Recipe['statements'][number]['values']): (string | null)[] {
  const captured = recipe.request.claims;
  return values.map((value) => {
    if (typeof value === 'object' && value !== null) throw new Error('bytes in a read');
    if (captured && actual.claims && value === captured.sessionId) return actual.claims.sessionId;
    if (captured && actual.claims && value === captured.userId) return actual.claims.userId;
    return value;
  });
}

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = request.url ?? '/';
  const method = request.method ?? 'GET';
  const recipe = recipes.get(readKey(method, url)) ?? recipes.get(writeKey(method, url));
  if (!recipe) throw new Refused(404);
  const claims = recipe.request.claims ? await claimsOf(request) : null;
  if (recipe.request.claims && !claims) throw new Refused(401);
  const ifMatch = request.headers['if-match'];
  const actual: CapturedRequest = {
    method,
    url,
    body: recipe.write ? await readBody(request) : null,
    ifMatch: typeof ifMatch === 'string' ? ifMatch.replace(/^W\/|"/g, '') : null,
    claims,
  };
  const results = await execute(recipe, actual);
  response.writeHead(recipe.status, { 'content-type': recipe.contentType });
  response.end(JSON.stringify(render(recipe.body, results)));
}

const server = createServer((request, response) => {
  answer(request, response).catch((error: unknown) => {
    // A client that hangs up mid-body (autocannon at the end of a run) is no error of the floor's.
    if (!(error instanceof Refused) && !request.aborted && !request.destroyed) console.error(error);
    response.writeHead(error instanceof Refused ? error.status : 500, { 'content-type': 'application/json' }).end('{}');
  });
});
server.listen(config.port, config.host, () => console.log(`floor listening on ${config.host}:${config.port}`));
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
