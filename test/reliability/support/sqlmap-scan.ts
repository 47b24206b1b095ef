import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One URL for sqlmap: it injects into each of its query parameters in turn. */
export interface SqlmapTarget {
  /** 'GET /api/v1/directives', for the report. */
  operation: string;
  parameters: string[];
  /** The full URL with a valid value for each parameter, which sqlmap keeps as the original value. */
  url: string;
  /** The caller's access token. */
  token: string;
}

export interface SqlmapOutcome {
  /** What sqlmap said for each injectable parameter ("Parameter: q (GET)" … "Type: …"). */
  injectable: string[];
  /** HTTP requests sqlmap sent, counted in its traffic file. */
  requests: number;
  /** Answers by status code, from the traffic file. */
  statuses: Map<number, number>;
  /** Requests that were answered 5xx, as sqlmap logged them (to replay). */
  serverErrors: string[];
  /** sqlmap's console output, for a failure message. */
  log: string;
}

/**
 * What sqlmap tries: boolean-based blind, error-based, UNION and time-based,
 * with the PostgreSQL payloads only. Stacked queries (S) are left out: sqlmap
 * sees them only by a delay, as with T, and a query sent with parameters
 * (pg's extended protocol) cannot carry a second statement anyway. Level 1 keeps the scan of
 * every list filter within its two-minute budget on two cores (about 3,200
 * requests); SQLMAP_LEVEL=2 sends three times as many payloads, for a deeper run by hand.
 */
export const SQLMAP_TECHNIQUES = 'BEUT';
export const SQLMAP_LEVEL = Number(process.env.SQLMAP_LEVEL ?? 1);
export const SQLMAP_RISK = 1;

export function sqlmapInstalled(): boolean {
  return spawnSync('sqlmap', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Runs sqlmap in batch mode over `targets`, split into `processes` bulk files
 * run side by side (sqlmap tests one parameter at a time and its threads do
 * not speed up detection). Each target carries its own token, so sqlmap is run
 * once per token and split.
 */
export async function runSqlmap(targets: SqlmapTarget[], processes: number): Promise<SqlmapOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'chidao-sqlmap-'));
  try {
    const byToken = new Map<string, SqlmapTarget[]>();
    for (const target of targets) byToken.set(target.token, [...(byToken.get(target.token) ?? []), target]);
    const batches: { token: string; targets: SqlmapTarget[] }[] = [];
    for (const [token, group] of byToken) {
      const size = Math.ceil(group.length / processes);
      for (let start = 0; start < group.length; start += size) batches.push({ token, targets: group.slice(start, start + size) });
    }
    const runs: Promise<{ log: string; traffic: string }>[] = [];
    const queue = batches.map((batch, index) => ({ ...batch, index }));
    const worker = async (): Promise<void> => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        const run = runOne(dir, batch.index, batch.token, batch.targets);
        runs.push(run);
        await run;
      }
    };
    await Promise.all(Array.from({ length: processes }, worker));
    const results = await Promise.all(runs);
    return summarize(results);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runOne(dir: string, index: number, token: string, targets: SqlmapTarget[]): Promise<{ log: string; traffic: string }> {
  const bulk = join(dir, `targets-${index}.txt`);
  const traffic = join(dir, `traffic-${index}.txt`);
  writeFileSync(bulk, targets.map((target) => target.url).join('\n'));
  const cursors = targets.some((target) => target.parameters.includes('cursor'));
  const args = [
    '-m',
    bulk,
    `--headers=Authorization: Bearer ${token}`,
    '--batch',
    `--level=${SQLMAP_LEVEL}`,
    `--risk=${SQLMAP_RISK}`,
    `--technique=${SQLMAP_TECHNIQUES}`,
    '--dbms=PostgreSQL',
    '--flush-session',
    '--skip-waf',
    '--keep-alive',
    '--disable-coloring',
    // The machine is shared: a longer delay keeps the time-based tests from mistaking load for a sleep.
    '--time-sec=3',
    '--timeout=30',
    '--retries=1',
    `--output-dir=${join(dir, `out-${index}`)}`,
    `--results-file=${join(dir, `results-${index}.csv`)}`,
    '-t',
    traffic,
    // Cursors are base64url JSON: sqlmap decodes, injects and encodes again, as a client forging one would.
    ...(cursors ? ['--base64=cursor', '--base64-safe'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('sqlmap', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`sqlmap exited with ${code}:\n${log.slice(-4000)}`));
      else {
        // The results file of bulk mode lists one row per injection point found, under its header.
        const results = join(dir, `results-${index}.csv`);
        const found = existsSync(results) ? readFileSync(results, 'utf8').split('\n').slice(1).filter(Boolean) : [];
        resolve({ log: [log, ...found.map((row) => `Results file: ${row}`)].join('\n'), traffic: readFileSync(traffic, 'utf8') });
      }
    });
  });
}

function summarize(results: { log: string; traffic: string }[]): SqlmapOutcome {
  const statuses = new Map<number, number>();
  const serverErrors: string[] = [];
  const injectable: string[] = [];
  let requests = 0;
  for (const { log, traffic } of results) {
    // sqlmap's words for a finding: "Parameter: q (GET) … Type: boolean-based blind", "parameter 'q' is vulnerable".
    for (const match of log.matchAll(/^Parameter: .+\n(?:\s+Type: .+\n?)+/gm)) injectable.push(match[0].trim());
    // A heuristic "might be injectable" counts too: it means a DBMS error showed through in an answer.
    for (const match of log.matchAll(
      /^.*(?:is vulnerable|is '.+' injectable|appears to be .* injectable|might be injectable|^Results file: ).*$/gim,
    )) {
      if (!/might not be injectable|does not seem to be injectable|do not appear to be injectable/i.test(match[0]))
        injectable.push(match[0]);
    }
    const exchanges = traffic.split(/^HTTP request \[#\d+\]:$/m).slice(1);
    requests += exchanges.length;
    for (const exchange of exchanges) {
      const status = /^HTTP response \[#\d+\] \((\d{3})/m.exec(exchange)?.[1];
      if (!status) continue;
      const code = Number(status);
      statuses.set(code, (statuses.get(code) ?? 0) + 1);
      if (code >= 500) serverErrors.push(exchange.split('\n').find((line) => /^GET /.test(line)) ?? exchange.slice(0, 300));
    }
  }
  return { injectable, requests, statuses, serverErrors, log: results.map((result) => result.log).join('\n') };
}
