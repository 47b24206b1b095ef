import { popoloDocument, type RunQuery } from './popolo-document.js';
import { EVENTS, MEMBERSHIPS, ORGANIZATIONS_PAGE, PERSONS, SPEECHES } from './popolo-reads.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A database of `meetings` meetings with `speechesEach` speeches, one speaker, no organizations; counts the statements run. */
function fakeDatabase(meetings: number, speechesEach: number): { run: RunQuery; statements: string[] } {
  const statements: string[] = [];
  const run = (async (sql: string, params: unknown[]) => {
    statements.push(sql === EVENTS ? 'events' : sql === SPEECHES ? 'speeches' : sql === PERSONS ? 'persons' : 'other');
    const slice = params[0] as string[];
    if (sql === EVENTS) {
      return slice.map((id) => ({
        id,
        title: `Họp ${id}`,
        kind: null,
        starts_at: new Date('2024-03-12T01:00:00Z'),
        ends_at: null,
        location: null,
        summary: null,
        source_url: null,
        organizer_id: null,
        attendees: [],
      }));
    }
    if (sql === SPEECHES) {
      const [, afterMeeting, afterPosition, limit] = params as [string[], number, number, number];
      const rows = slice.flatMap((id, m) =>
        Array.from({ length: speechesEach }, (_, p) => ({
          id: `${id}/${p + 1}`,
          meeting_id: id,
          meeting_order: m + 1,
          position: p + 1,
          speaker_id: uuid(0),
          speaker_name: 'A',
          speaker_position: null,
          kind: 'opinion',
          title: null,
          summary: null,
          text: 't',
          by_chair: false,
        })),
      );
      return rows
        .filter((r) => r.meeting_order > afterMeeting || (r.meeting_order === afterMeeting && r.position > afterPosition))
        .slice(0, limit);
    }
    if (sql === PERSONS) return (params[1] as string) < uuid(0) ? [{ id: uuid(0), full_name: 'A' }] : [];
    if (sql === ORGANIZATIONS_PAGE || sql === MEMBERSHIPS) return [];
    throw new Error('unexpected statement');
  }) as RunQuery;
  return { run, statements };
}

describe('popoloDocument', () => {
  it('is one JSON document, every speech once and in order, across slices of meetings and pages of speeches', async () => {
    const { run } = fakeDatabase(150, 3);
    const ids = Array.from({ length: 150 }, (_, i) => uuid(i + 1));
    let text = '';
    for await (const piece of popoloDocument(run, ids, 'Asia/Ho_Chi_Minh')) text += piece;
    const document = JSON.parse(text) as Record<string, { id: string }[]>;
    expect(document.events!.map((e) => e.id)).toEqual(ids);
    expect(document.speeches!.map((s) => s.id)).toEqual(ids.flatMap((id) => [`${id}/1`, `${id}/2`, `${id}/3`]));
    expect(document.persons).toEqual([{ id: uuid(0), name: 'A' }]);
    expect(document.organizations).toEqual([]);
  });

  it('reads a page only when the reader asks for more: a client that stops reading stops the queries', async () => {
    const { run, statements } = fakeDatabase(300, 1);
    const pieces = popoloDocument(
      run,
      Array.from({ length: 300 }, (_, i) => uuid(i + 1)),
      'Asia/Ho_Chi_Minh',
    );
    await pieces.next(); // the opening brace
    await pieces.next(); // the first slice of events
    expect(statements).toEqual(['events']);
    await pieces.return(undefined);
    expect(statements).toEqual(['events']);
  });
});
