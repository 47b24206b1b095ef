import { STORY_AS_OF } from '../../scripts/demo/followup-story.js';
import { seedDemoData } from '../../scripts/demo/seed-demo-data.js';
import { buildOpenApiDocument } from '../../src/bootstrap.js';
import { SEARCH_KINDS } from '../../src/search/search-kinds.js';
import { TEST_NOW } from '../support/fixed-clock.js';
import { createTestApp, type TestApp, type TestRole } from '../support/test-app.js';
import { recordFigure } from './support/figures.js';
import { runSqlmap, SQLMAP_LEVEL, SQLMAP_RISK, SQLMAP_TECHNIQUES, type SqlmapTarget, sqlmapInstalled } from './support/sqlmap-scan.js';

const TRIAL = 'sqlmap';
/** Tried in this order for each operation: the first role it answers 200 is the one sqlmap signs in as. */
const ROLES: TestRole[] = ['leader', 'secretariat', 'admin', 'department_head', 'department_staff'];
/**
 * sqlmap processes side by side. Each waits on its own requests most of the
 * time (one at a time, a few milliseconds of work each), so more processes
 * than cores keep both cores busy.
 */
const PROCESSES = 6;

interface ParameterSchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: { enum?: unknown[]; type?: string };
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: ParameterSchema;
}

type Document = { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };

/**
 * sqlmap against every query parameter of every GET operation of the OpenAPI
 * document (list filters, search, reports, cursors), signed in, over the demo
 * data: a parameter that reached SQL as text would show up as injectable.
 * Every value the service takes from a URL is bound (TypeORM parameters and
 * prepared statements), and this is the outside evidence of it.
 */
describe('sqlmap against every list filter and search parameter', () => {
  let t: TestApp;

  beforeAll(async () => {
    if (!sqlmapInstalled()) throw new Error('sqlmap is not installed: apt-get install -y sqlmap');
    // sqlmap keeps the token it was given: the scan takes a few minutes of the token's 15.
    t = await createTestApp();
    await seedDemoData(t.app, (instant) => t.clock.set(new Date(instant ?? TEST_NOW)));
    t.clock.set(new Date(STORY_AS_OF));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds no injectable parameter, and the service answers none of its requests with a 5xx', async () => {
    const { targets, unscanned } = await scanTargets(t);
    const operations = new Set(targets.map((target) => target.operation));
    const parameters = targets.reduce((n, target) => n + target.parameters.length, 0);
    console.log(
      `sqlmap ${SQLMAP_TECHNIQUES} level ${SQLMAP_LEVEL} risk ${SQLMAP_RISK} over ${parameters} parameters of ${operations.size} operations:\n` +
        targets.map((target) => `  ${target.operation} ?${target.parameters.join('&')}`).join('\n') +
        `\nnot scanned (the demo leaves these lists on one page, so there is no cursor to start from): ${unscanned.join(', ') || 'none'}`,
    );

    const started = performance.now();
    const outcome = await runSqlmap(targets, PROCESSES);

    recordFigure({ trial: TRIAL, name: `GET operations scanned`, value: operations.size });
    recordFigure({ trial: TRIAL, name: `parameters scanned (techniques ${SQLMAP_TECHNIQUES}, level ${SQLMAP_LEVEL})`, value: parameters });
    recordFigure({ trial: TRIAL, name: 'cursors not scanned (list of one page in the demo)', value: unscanned.length });
    recordFigure({ trial: TRIAL, name: 'scan time (s)', value: Math.round((performance.now() - started) / 1000), expected: 'budget 120' });
    recordFigure({ trial: TRIAL, name: 'requests sqlmap sent', value: outcome.requests });
    recordFigure({ trial: TRIAL, name: 'injectable parameters found', value: outcome.injectable.length, expected: '0' });
    recordFigure({ trial: TRIAL, name: '5xx answers', value: outcome.serverErrors.length, expected: '0' });
    console.log(`sqlmap: ${outcome.requests} requests; answers ${[...outcome.statuses].map(([status, n]) => `${status}×${n}`).join(', ')}`);

    expect(outcome.injectable).toEqual([]);
    expect(outcome.serverErrors).toEqual([]);
    // A scan that sent nothing, or only to refused callers, proves nothing.
    expect(outcome.requests).toBeGreaterThan(parameters * 20);
    expect(outcome.statuses.get(401) ?? 0).toBe(0);
  });
});

/**
 * One target per query parameter of each GET operation, with a valid value
 * (sqlmap keeps it as the original and appends its payloads), as the first
 * role the plain request answers 200: a 4xx baseline would test only the validation.
 */
async function scanTargets(t: TestApp): Promise<{ targets: SqlmapTarget[]; unscanned: string[] }> {
  const document = buildOpenApiDocument(t.app) as unknown as Document;
  const { port } = t.app.getHttpServer().address() as { port: number };
  const values = await knownValues(t);
  const targets: SqlmapTarget[] = [];
  const unscanned: string[] = [];

  for (const [template, item] of Object.entries(document.paths)) {
    const parameters = item.get?.parameters?.filter((parameter) => parameter.in === 'query') ?? [];
    if (parameters.length === 0) continue;
    const operation = `GET ${template}`;
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => values.pathId(template, name));
    const required = Object.fromEntries(parameters.filter((p) => p.required).map((p) => [p.name, valueOf(p, values)!]));
    // sqlmap tests every parameter of a URL: one URL per parameter, or one with all of them where some are required.
    const groups = Object.keys(required).length > 0 ? [parameters] : parameters.map((parameter) => [parameter]);
    for (const group of groups) {
      const query: Record<string, string> = { ...required };
      for (const parameter of group) {
        if (parameter.name in query) continue;
        const value = parameter.name === 'cursor' ? await firstCursor(t, path, required) : valueOf(parameter, values);
        if (value === undefined) unscanned.push(`${operation} ?${parameter.name}`);
        else query[parameter.name] = value;
      }
      if (Object.keys(query).length === 0) continue;
      const url = `${path}?${new URLSearchParams(query)}`;
      const role = await firstRoleAnswering(t, url);
      if (!role) throw new Error(`No role is answered 200 for ${url}: give its parameters valid values in knownValues`);
      targets.push({ operation, parameters: Object.keys(query), url: `http://127.0.0.1:${port}${url}`, token: t.users[role].accessToken });
    }
  }
  // Only a cursor may be missing, and only of a list the demo leaves on one page (it hands out none): say which.
  expect(unscanned.filter((name) => !name.endsWith('?cursor'))).toEqual([]);
  return { targets, unscanned };
}

interface KnownValues {
  byName: Record<string, string>;
  pathId(template: string, name: string): string;
}

/** Real ids of the demo data, so that each filter's baseline selects rows. */
async function knownValues(t: TestApp): Promise<KnownValues> {
  const one = async (query: string): Promise<string> => {
    const [row] = await t.sql<{ id: string }>(query);
    if (!row) throw new Error(`The demo data has no row for: ${query}`);
    return row.id;
  };
  // For each sub-list of a directive, the directive with the most rows in it: its first page has a cursor, if any has.
  const mostRowsIn = (table: string) =>
    one(
      `SELECT d.id::text AS id FROM directive d LEFT JOIN ${table} r ON r.directive_id = d.id GROUP BY d.id ORDER BY count(r.id) DESC, d.id LIMIT 1`,
    );
  const directive = await mostRowsIn('directive_progress_report');
  const directiveFor: Record<string, string> = {
    reminders: await mostRowsIn('directive_reminder'),
    'extension-requests': await mostRowsIn('directive_extension_request'),
    history: await mostRowsIn('directive_transition'),
  };
  const meeting = await one(`SELECT meeting_id::text AS id FROM directive WHERE id = '${directive}'`);
  const lead = await one(`SELECT lead_organization_id::text AS id FROM directive WHERE id = '${directive}'`);
  const byName: Record<string, string> = {
    meetingId: meeting,
    leadOrganizationId: lead,
    organizationId: lead,
    organizerId: await one(`SELECT organizer_id::text AS id FROM meeting WHERE id = '${meeting}'`),
    cooperatingOrganizationId: await one(`SELECT organization_id::text AS id FROM directive_cooperating_organization LIMIT 1`),
    parentId: await one(`SELECT parent_id::text AS id FROM organization WHERE parent_id IS NOT NULL LIMIT 1`),
    // The demo names no directive's owner: any person (the list is empty, which an injection would change).
    ownerId: await one(
      `SELECT coalesce((SELECT owner_id FROM directive WHERE owner_id IS NOT NULL LIMIT 1), (SELECT min(id::text)::uuid FROM person))::text AS id`,
    ),
    entityId: directive,
    q: 'Lào Cai',
    types: SEARCH_KINDS.join(','),
  };
  const byCollection: Record<string, string> = { directives: directive, meetings: meeting };
  return {
    byName,
    pathId(template, name) {
      const collection = new RegExp(`/([\\w-]+)/\\{${name}\\}`).exec(template)?.[1] ?? '';
      const id = (collection === 'directives' ? directiveFor[template.split('/').pop()!] : undefined) ?? byCollection[collection];
      if (!id) throw new Error(`No demo id for {${name}} of ${template}: add its collection to knownValues`);
      return id;
    },
  };
}

function valueOf(parameter: Parameter, values: KnownValues): string | undefined {
  const known = values.byName[parameter.name];
  if (known) return known;
  const schema = parameter.schema ?? {};
  const choices = schema.enum ?? schema.items?.enum;
  // Lists answer JSON by default; a spreadsheet baseline would hide the answer's changes from sqlmap.
  if (choices) return String(choices.includes('json') ? 'json' : choices[0]);
  if (schema.type === 'boolean') return 'true';
  if (schema.type === 'integer' || schema.type === 'number') return '5';
  if (schema.format === 'date' || /^(from|to|asOf|due(Before|After))$/.test(parameter.name)) return STORY_AS_OF.slice(0, 10);
  if (schema.format === 'date-time') return `${STORY_AS_OF.slice(0, 10)}T00:00:00Z`;
  if (schema.type === 'string' && !schema.format) return 'a';
  return undefined;
}

/** A cursor the list itself handed out: its first page of one. */
async function firstCursor(t: TestApp, path: string, required: Record<string, string>): Promise<string | undefined> {
  for (const role of ROLES) {
    const page = await t.as(role).get(`${path}?${new URLSearchParams({ ...required, limit: '1' })}`);
    if (page.status === 200 && typeof page.body?.nextCursor === 'string') return page.body.nextCursor;
  }
  return undefined;
}

async function firstRoleAnswering(t: TestApp, url: string): Promise<TestRole | undefined> {
  for (const role of ROLES) if ((await t.as(role).get(url)).status === 200) return role;
  return undefined;
}
