import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** How the parent tells a child run (time-zones.scenario-spec.ts) where to write and which session zone to take. */
export const TIME_ZONES_ENV = { out: 'TIME_ZONES_SCENARIO_OUT', sessionZone: 'TIME_ZONES_SESSION_ZONE' } as const;

export interface ZoneRun {
  /** The process's zone (TZ), fixed when Node starts. */
  processZone: string;
  /** PostgreSQL's session TimeZone: what a server's `timezone` setting would give every connection. */
  sessionZone: string;
}

/**
 * A deadline (10 April 2024) and the six instants around it that a naive
 * computation gets wrong: a second after midnight and a second before the
 * next, Hà Nội time, the day before, the day of and the day after. At
 * 00:00:01 in Hà Nội it is still the previous day in UTC and in Los Angeles.
 */
export interface DeadlineScenario {
  issuedAt: string;
  meetingStartsAt: string;
  /** The league table's period. */
  period: { from: string; to: string };
  directives: { key: string; agency: 'own' | 'other'; dueDate: string }[];
  /** In order: the clock is set to `at`, the lead agency submits, the leader confirms, then everything is read. */
  instants: { at: string; submit?: string[]; confirm?: string[] }[];
}

export const DEADLINE_SCENARIO: DeadlineScenario = {
  issuedAt: '2024-04-01T09:00:00+07:00',
  meetingStartsAt: '2024-04-01T08:00:00+07:00',
  period: { from: '2024-04-01', to: '2024-04-30' },
  directives: [
    { key: 'PAST', agency: 'own', dueDate: '2024-04-09' },
    { key: 'DUE', agency: 'own', dueDate: '2024-04-10' },
    { key: 'WEEK', agency: 'own', dueDate: '2024-04-17' },
    { key: 'ONTIME', agency: 'own', dueDate: '2024-04-10' },
    { key: 'LATE', agency: 'own', dueDate: '2024-04-10' },
    { key: 'OTHER', agency: 'other', dueDate: '2024-04-10' },
  ],
  instants: [
    { at: '2024-04-09T00:00:01+07:00' },
    { at: '2024-04-09T23:59:59+07:00' },
    { at: '2024-04-10T00:00:01+07:00' },
    // Submitted a second before the deadline day ends in Hà Nội: on time.
    { at: '2024-04-10T23:59:59+07:00', submit: ['ONTIME'] },
    // A second after: late, though it is still 10 April in UTC (17:00:01) and in Los Angeles (10:00:01).
    { at: '2024-04-11T00:00:01+07:00', submit: ['LATE'] },
    { at: '2024-04-11T23:59:59+07:00', confirm: ['ONTIME', 'LATE'] },
  ],
};

export interface InstantSeen {
  at: string;
  /** Per directive key: status, deadlineStatus, completion, dueDate, submittedAt, completedAt. */
  directives: Record<string, Record<string, unknown>>;
  overdueListed: string[];
  counts: unknown;
  overdueReport: any;
  overdueCsv: { status: number; disposition: string | undefined; text: string };
  leagueTable: any;
}

export interface ScenarioOutput {
  processZone: string;
  processOffsetMinutes: number;
  sessionTimeZone: string;
  instants: InstantSeen[];
}

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Runs time-zones.scenario-spec.ts in a child Jest whose process zone is
 * `run.processZone`: a Node process's zone is read at start, so only a new
 * process really has another one. On a PostgreSQL server every connection gets
 * `run.sessionZone` through PGOPTIONS (as a server's `timezone` setting would
 * give it); the embedded database's one session is set by the child itself.
 */
export async function runScenarioIn(run: ZoneRun): Promise<ScenarioOutput> {
  const dir = mkdtempSync(join(tmpdir(), 'chidao-time-zones-'));
  const out = join(dir, 'seen.json');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TZ: run.processZone,
    [TIME_ZONES_ENV.out]: out,
    [TIME_ZONES_ENV.sessionZone]: run.sessionZone,
  };
  if (process.env.DATABASE_URL) env.PGOPTIONS = `-c TimeZone=${run.sessionZone}`;
  try {
    const jest = join(ROOT, 'node_modules/jest/bin/jest.js');
    const config = join(ROOT, 'test/reliability/support/time-zones.jest.config.js');
    await promisify(execFile)(process.execPath, ['--experimental-vm-modules', jest, '--config', config, '--runInBand', '--ci'], {
      cwd: ROOT,
      env,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: Error & { stderr?: string }) => {
      throw new Error(`The scenario failed in TZ=${run.processZone}:\n${error.stderr ?? error.message}`);
    });
    return JSON.parse(readFileSync(out, 'utf8')) as ScenarioOutput;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What must not change with the zone. Directives equally overdue are listed by
 * id, and each run's database gives them other (random) ids: their order
 * among themselves is not a figure, so lists compare as sets here, and the
 * export's lines without their row number (STT); the report's order by days
 * overdue is checked against Hà Nội's answers.
 */
function comparable(seen: InstantSeen): Record<keyof InstantSeen, unknown> {
  const byKey = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
  const [header, ...lines] = seen.overdueCsv.text.split(/\r?\n/);
  return {
    ...seen,
    overdueListed: [...seen.overdueListed].sort(),
    overdueReport: {
      ...seen.overdueReport,
      groups: (seen.overdueReport.groups as { leadOrganization: { id: string }; directives: { id: string }[] }[])
        .map((group) => ({ ...group, directives: [...group.directives].sort(byKey) }))
        .sort((a, b) => a.leadOrganization.id.localeCompare(b.leadOrganization.id)),
    },
    overdueCsv: { ...seen.overdueCsv, text: [header, ...lines.map((line) => line.replace(/^\d+,/, '')).sort()] },
  };
}

/** The parts of one instant that differ from the reference run's, by name. */
export function differingParts(seen: InstantSeen, reference: InstantSeen): string[] {
  const [mine, theirs] = [comparable(seen), comparable(reference)];
  return (Object.keys(theirs) as (keyof InstantSeen)[]).filter((part) => JSON.stringify(mine[part]) !== JSON.stringify(theirs[part]));
}
