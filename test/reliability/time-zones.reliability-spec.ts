import { recordFigure } from './support/figures.js';
import { DEADLINE_SCENARIO, differingParts, runScenarioIn, type ScenarioOutput, type ZoneRun } from './support/time-zones.js';

/**
 * Issue 12, item 5: the deadline figures (a directive's deadline status, the
 * overdue list and report, the counts, the on-time league table) must be Hà
 * Nội's whatever zone the server process and its PostgreSQL sessions run in.
 * The same scenario runs in three child processes; each session zone differs
 * from Hà Nội's, so a computation that used it would give other answers.
 */
const RUNS: ZoneRun[] = [
  { processZone: 'Asia/Ho_Chi_Minh', sessionZone: 'UTC' },
  { processZone: 'UTC', sessionZone: 'America/Los_Angeles' },
  // +14:00: the session's date is already the next day when Hà Nội's is not.
  { processZone: 'America/Los_Angeles', sessionZone: 'Pacific/Kiritimati' },
];

/** Hà Nội's answers at each instant of DEADLINE_SCENARIO (DUE_SOON_DAYS = 7). */
const EXPECTED = [
  {
    today: '2024-04-09',
    overdue: [],
    status: { PAST: 'due_soon', DUE: 'due_soon', WEEK: 'on_track', ONTIME: 'due_soon', LATE: 'due_soon' },
  },
  {
    today: '2024-04-09',
    overdue: [],
    status: { PAST: 'due_soon', DUE: 'due_soon', WEEK: 'on_track', ONTIME: 'due_soon', LATE: 'due_soon' },
  },
  {
    today: '2024-04-10',
    overdue: ['PAST'],
    status: { PAST: 'overdue', DUE: 'due_soon', WEEK: 'due_soon', ONTIME: 'due_soon', LATE: 'due_soon' },
  },
  // ONTIME submitted at 23:59:59: judged on its submission's day, the deadline itself.
  {
    today: '2024-04-10',
    overdue: ['PAST'],
    status: { PAST: 'overdue', DUE: 'due_soon', WEEK: 'due_soon', ONTIME: 'due_soon', LATE: 'due_soon' },
  },
  // LATE submitted at 00:00:01 on the 11th: a day late, though UTC still says the 10th.
  {
    today: '2024-04-11',
    overdue: ['DUE', 'LATE', 'OTHER', 'PAST'],
    status: { PAST: 'overdue', DUE: 'overdue', WEEK: 'due_soon', ONTIME: 'due_soon', LATE: 'overdue' },
  },
  {
    today: '2024-04-11',
    overdue: ['DUE', 'OTHER', 'PAST'],
    status: { PAST: 'overdue', DUE: 'overdue', WEEK: 'due_soon', ONTIME: null, LATE: null },
  },
];

describe('Time zones: the deadline figures do not move with the server zone', () => {
  let outputs: ScenarioOutput[];

  beforeAll(async () => {
    // Side by side: each child waits mostly on its own start-up.
    outputs = await Promise.all(RUNS.map((run) => runScenarioIn(run)));
  });

  it('ran each child in the zone asked for, with the session zone asked for', () => {
    // As ICU names it (Asia/Ho_Chi_Minh is Asia/Saigon to it).
    const canonical = (zone: string): string => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    expect(outputs.map((o) => [o.processZone, o.sessionTimeZone])).toEqual(RUNS.map((r) => [canonical(r.processZone), r.sessionZone]));
    // 1 April 2024: Hà Nội +7 h, UTC 0, Los Angeles -7 h (daylight saving time).
    expect(outputs.map((o) => o.processOffsetMinutes)).toEqual([420, 0, -420]);
  });

  it('gives identical answers in every zone at every instant', () => {
    const [reference, ...others] = outputs;
    const differences = others.flatMap((output, run) =>
      output.instants.flatMap((seen, i) =>
        differingParts(seen, reference!.instants[i]!).map((part) => `TZ=${RUNS[run + 1]!.processZone} at ${seen.at}: ${part}`),
      ),
    );
    recordFigure({ trial: 'time zones', name: 'zones × instants checked', value: outputs.length * DEADLINE_SCENARIO.instants.length });
    recordFigure({ trial: 'time zones', name: 'differences', value: differences.length, expected: '0' });
    expect(differences).toEqual([]);
  });

  it.each(RUNS.map((run, index) => [run.processZone, index] as const))("gives Hà Nội's answers with TZ=%s", (_zone, index) => {
    const seen = outputs[index]!.instants;
    expect(seen.map((s) => s.at)).toEqual(DEADLINE_SCENARIO.instants.map((i) => i.at));
    seen.forEach((s, i) => {
      const expected = EXPECTED[i]!;
      const statuses = Object.fromEntries(Object.keys(expected.status).map((key) => [key, s.directives[key]!.deadlineStatus]));
      expect({ at: s.at, statuses }).toEqual({ at: s.at, statuses: expected.status });
      expect({ at: s.at, listed: [...s.overdueListed].sort() }).toEqual({ at: s.at, listed: expected.overdue });
      expect(s.overdueReport.asOf).toBe(expected.today);
      expect(s.overdueReport.total).toBe(expected.overdue.length);
      expect(s.leagueTable.asOf).toBe(expected.today);
      expect(s.overdueCsv.status).toBe(200);
      expect(s.overdueCsv.disposition).toContain(expected.today);
    });

    const last = seen.at(-1)!;
    expect(last.directives.ONTIME).toMatchObject({
      status: 'completed',
      completion: 'completed_on_time',
      submittedAt: '2024-04-10T16:59:59.000Z',
    });
    expect(last.directives.LATE).toMatchObject({
      status: 'completed',
      completion: 'completed_late',
      submittedAt: '2024-04-10T17:00:01.000Z',
    });
    // The report's order, most days overdue first: PAST (2 days), then DUE (1 day) in the own agency.
    expect(last.overdueReport.groups.map((g: any) => g.directives.map((d: any) => [d.id, d.daysOverdue]))).toEqual(
      expect.arrayContaining([
        [
          ['PAST', 2],
          ['DUE', 1],
        ],
        [['OTHER', 1]],
      ]),
    );
    expect(last.leagueTable.totals).toEqual({
      due: 6,
      completedOnTime: 1,
      completedLate: 1,
      openWithinDeadline: 1,
      openOverdue: 3,
      paused: 0,
      issued: 6,
      withoutDeadline: 0,
      onTimeRate: 16.7,
    });
  });
});
