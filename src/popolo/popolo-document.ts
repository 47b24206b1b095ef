import {
  type EventRow,
  type MembershipRow,
  type OrganizationRow,
  type PersonRow,
  type SpeechRow,
  toPopoloEvent,
  toPopoloMembership,
  toPopoloOrganization,
  toPopoloPerson,
  toPopoloSpeech,
} from './popolo-mapping.js';
import { EVENTS, MEMBERSHIPS, ORGANIZATIONS_PAGE, PERSONS, SPEECHES } from './popolo-reads.js';

/** Runs one parameterised statement: the data source's `query`, outside any transaction. */
export type RunQuery = <Row>(sql: string, params: unknown[]) => Promise<Row[]>;

/** Meetings whose events (and speeches) are read together: bounds the uuid[] each statement scans for an order. */
const MEETING_SLICE = 100;
/** Speeches carry whole transcripts: a page is a few megabytes at most. */
const SPEECH_PAGE = 200;
const DIRECTORY_PAGE = 500;
const BEFORE_EVERY_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * The Popolo document of `meetingIds` (in their order), as JSON text in
 * pieces: `{"events":[…],"speeches":[…],"persons":[…],"organizations":[…],"memberships":[…]}`.
 * Each piece is one page of rows; the next page is read only when the reader
 * asks for more (a Readable pulls from this generator as the client reads),
 * so memory holds a page whatever the period.
 */
export async function* popoloDocument(run: RunQuery, meetingIds: readonly string[], timeZone: string): AsyncGenerator<string> {
  yield '{"events":[';
  yield* items(slicesOf(meetingIds, async (slice) => (await run<EventRow>(EVENTS, [slice])).map((row) => toPopoloEvent(row, timeZone))));
  yield '],"speeches":[';
  yield* items(
    slicesOf(meetingIds, (slice) =>
      pages<SpeechRow & { meeting_order: number }, [number, number]>(
        (after) => run(SPEECHES, [slice, ...after, SPEECH_PAGE]),
        [0, 0],
        (row) => [row.meeting_order, row.position],
        SPEECH_PAGE,
        toPopoloSpeech,
      ),
    ),
  );
  yield '],"persons":[';
  yield* items(byId<PersonRow>(run, PERSONS, meetingIds, toPopoloPerson));
  yield '],"organizations":[';
  yield* items(byId<OrganizationRow>(run, ORGANIZATIONS_PAGE, meetingIds, toPopoloOrganization));
  yield '],"memberships":[';
  yield* items(byId<MembershipRow & { id?: never }>(run, MEMBERSHIPS, meetingIds, toPopoloMembership, (row) => row.person_id));
  yield ']}\n';
}

type Batches = AsyncIterable<readonly Record<string, unknown>[]>;

/** The items of a JSON array, a batch a piece, commas between them. */
async function* items(batches: Batches): AsyncGenerator<string> {
  let first = true;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield `${first ? '' : ','}${batch.map((item) => JSON.stringify(item)).join(',')}`;
    first = false;
  }
}

/** The batches of `read` over the meetings a slice at a time; `read` yields one batch or pages of its own. */
async function* slicesOf(
  meetingIds: readonly string[],
  read: (slice: readonly string[]) => Promise<readonly Record<string, unknown>[]> | Batches,
): Batches {
  for (let start = 0; start < meetingIds.length; start += MEETING_SLICE) {
    const batches = read(meetingIds.slice(start, start + MEETING_SLICE));
    if (Symbol.asyncIterator in batches) yield* batches;
    else yield await batches;
  }
}

async function* pages<Row, Key extends unknown[]>(
  read: (after: Key) => Promise<Row[]>,
  start: Key,
  keyOf: (row: Row) => Key,
  size: number,
  map: (row: Row) => Record<string, unknown>,
): Batches {
  let after = start;
  for (;;) {
    const rows = await read(after);
    if (rows.length > 0) yield rows.map(map);
    if (rows.length < size) return;
    after = keyOf(rows[rows.length - 1]!);
  }
}

function byId<Row extends { id?: string }>(
  run: RunQuery,
  sql: string,
  meetingIds: readonly string[],
  map: (row: Row) => Record<string, unknown>,
  keyOf: (row: Row) => string = (row) => row.id!,
): Batches {
  return pages<Row, [string]>(
    (after) => run(sql, [meetingIds, ...after, DIRECTORY_PAGE]),
    [BEFORE_EVERY_UUID],
    (row) => [keyOf(row)],
    DIRECTORY_PAGE,
    map,
  );
}
