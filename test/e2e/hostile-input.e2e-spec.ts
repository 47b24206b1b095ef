import { type AddressInfo, connect } from 'node:net';
import { createMeeting, createPerson } from '../support/factories.js';
import { expectProblem, refused } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Regression tests for what an attacker sent and got a 500 for (issue 6):
 * deeply nested JSON, NUL in any text, cursors out of PostgreSQL's range, and
 * names made of invisible or direction-reversing characters.
 */
const cursorOf = (key: unknown[]): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const SOME_ID = '0b6f1b7e-9a59-4a8e-8f0e-7d5f3c1a2b3c';

describe('Hostile input gets a 400, never a 500', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('deeply nested JSON', () => {
    it('refuses a 2,000-level body to /auth/refresh, without signing in, naming the limit', async () => {
      const response = await refused(
        t,
        () => t.anonymous.request('POST', '/api/v1/auth/refresh', { raw: `{"refreshToken":${nested(2000)}}` }),
        400,
        'malformed_request',
      );
      expect(response.body.detail).toBe('The request body nests deeper than 32 levels.');
    });

    it('refuses deep objects as well as deep arrays', async () => {
      const deep = `${'{"a":'.repeat(2000)}{}${'}'.repeat(2000)}`;
      await refused(t, () => t.anonymous.request('POST', '/api/v1/auth/login', { raw: deep }), 400, 'malformed_request');
    });

    it('refuses it on a create with an Idempotency-Key, whose fingerprint walks the body before validation', async () => {
      await refused(
        t,
        () =>
          t.request('POST', '/api/v1/people', {
            raw: `{"fullName":${nested(5000)}}`,
            headers: { 'idempotency-key': 'deep-body-1' },
          }),
        400,
        'malformed_request',
      );
    });

    it('still validates a body at the limit field by field', async () => {
      const response = await refused(t, () => t.request('POST', '/api/v1/people', { raw: `{"fullName":${nested(31)}}` }));
      expect(response.body.errors).toContainEqual({ field: 'fullName', message: 'fullName must be a string' });
    });
  });

  describe('NUL and other control characters', () => {
    it.each([
      ['DEL', 'Nguyễn Văn\u007fA'],
      ['a next-line (C1) control, which breaks log lines', 'Nguyễn Văn\u0085A'],
      ['a name made of one C1 control', '\u0085'],
    ])('refuses %s in a name with a field error', async (_what, fullName) => {
      const response = await refused(t, () => t.post('/api/v1/people', { fullName }));
      expect(response.body.errors.map((e: { field: string; message: string }) => e.message)).toEqual([
        'fullName must not contain control characters (tab, line feed and carriage return are the only ones allowed)',
      ]);
    });

    it('refuses NUL in a name with a field error', async () => {
      const response = await refused(t, () => t.post('/api/v1/people', { fullName: 'Nguyễn Văn\u0000A' }));
      expect(response.body.errors).toEqual([
        {
          field: 'fullName',
          message: 'fullName must not contain control characters (tab, line feed and carriage return are the only ones allowed)',
        },
      ]);
    });

    it('names the nested field that holds it', async () => {
      const person = await createPerson(t);
      const response = await refused(t, () =>
        t.post('/api/v1/meetings', {
          title: 'Họp giao ban',
          startsAt: '2024-03-12T08:00:00+07:00',
          attendees: [{ personId: person.id, role: 'member\u001b[31m' }],
        }),
      );
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['attendees[0].role']);
    });

    it('refuses NUL in a search query parameter', async () => {
      const response = await refused(t, () => t.get('/api/v1/people?q=Nguy%00'));
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'q' })]);
    });

    it('refuses NUL in a username at sign-in, without counting a failed attempt', async () => {
      const attempts = async () => (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM login_attempt'))[0]!.n;
      const before = await attempts();
      const response = await refused(t, () => t.anonymous.post('/api/v1/auth/login', { username: 'admin\u0000', password: 'x' }));
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'username' })]);
      expect(await attempts()).toBe(before);
    });

    it('refuses NUL in a path parameter', async () => {
      const response = await refused(t, () => t.get('/api/v1/people/%00'));
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
    });

    it('refuses NUL inside a cursor, naming the cursor', async () => {
      const response = await refused(t, () => t.get(`/api/v1/people?cursor=${cursorOf(['Nguyễn\u0000', SOME_ID])}`));
      expect(response.body.errors).toEqual([{ field: 'cursor', message: 'cursor is invalid; start again without it' }]);
    });

    it('keeps tab and line breaks, which people do type', async () => {
      const meeting = await createMeeting(t, { summary: 'Dòng một\nDòng hai\r\n\tthụt lề' });
      expect(meeting.summary).toBe('Dòng một\nDòng hai\r\n\tthụt lề');
    });
  });

  describe('cursors are checked like query parameters', () => {
    it.each([
      ['a year past PostgreSQL range', ['+275760-09-13T00:00:00Z', SOME_ID]],
      ['a negative year', ['-000001-01-01T00:00:00.000Z', SOME_ID]],
      ['year zero', ['0000-01-01T00:00:00.000Z', SOME_ID]],
      ['a date that does not exist', ['2024-02-30T00:00:00.000Z', SOME_ID]],
      ['an instant without milliseconds', ['2024-03-12T01:00:00Z', SOME_ID]],
      ['a number instead of an instant', [1710205200000, SOME_ID]],
      ['an id that is not a UUID', ['2024-03-12T01:00:00.000Z', 'x']],
      ['a key too short', ['2024-03-12T01:00:00.000Z']],
    ])('refuses a meetings cursor holding %s', async (_what, key) => {
      const response = await refused(t, () => t.get(`/api/v1/meetings?cursor=${cursorOf(key)}`));
      expect(response.body.errors).toEqual([{ field: 'cursor', message: 'cursor is invalid; start again without it' }]);
    });

    it.each([
      ['a due date that is not a date', ['soon', SOME_ID]],
      ['a due date out of range', ['+275760-09-13', SOME_ID]],
    ])('refuses a directives cursor holding %s', async (_what, key) => {
      const response = await refused(t, () => t.get(`/api/v1/directives?cursor=${cursorOf(key)}`));
      expect(response.body.errors).toEqual([{ field: 'cursor', message: 'cursor is invalid; start again without it' }]);
    });

    it('refuses an audit cursor past bigint', async () => {
      const response = await refused(t, () => t.as('admin').get(`/api/v1/audit?cursor=${cursorOf(['99999999999999999999'])}`));
      expect(response.body.errors).toEqual([{ field: 'cursor', message: 'cursor is invalid; start again without it' }]);
    });

    it('still follows the cursors lists hand out', async () => {
      const first = await createMeeting(t, { startsAt: '2024-03-10T08:00:00+07:00' });
      const second = await createMeeting(t, { startsAt: '2024-03-09T08:00:00+07:00' });
      const page1 = await t.get('/api/v1/meetings?limit=1&from=2024-03-09&to=2024-03-10');
      expect(page1.body.items.map((m: { id: string }) => m.id)).toEqual([first.id]);
      const page2 = await t.get(`/api/v1/meetings?limit=1&from=2024-03-09&to=2024-03-10&cursor=${page1.body.nextCursor}`);
      expect(page2.body.items.map((m: { id: string }) => m.id)).toEqual([second.id]);
    });
  });

  describe('names a reader cannot see, or that read backwards', () => {
    it.each([
      ['a zero-width space', '\u200b'],
      ['a word joiner', '\u2060'],
      ['a byte-order mark', '\ufeff'],
      ['a Hangul filler', '\u3164'],
      ['a blank Braille cell', '\u2800'],
      ['invisible characters around spaces', ' \u200b\u00a0\u200c '],
    ])('refuses a person named with only %s', async (_what, fullName) => {
      const response = await refused(t, () => t.post('/api/v1/people', { fullName }));
      expect(response.body.errors).toEqual([
        { field: 'fullName', message: 'fullName must not be blank (invisible characters alone do not count)' },
      ]);
    });

    it.each([
      ['a right-to-left override', '\u202eexe.gnp'],
      ['a left-to-right embedding', 'Nguyễn \u202aVăn'],
      ['a first-strong isolate', 'Trần \u2068Thị\u2069'],
    ])('refuses a name carrying %s', async (_what, fullName) => {
      const response = await refused(t, () => t.post('/api/v1/people', { fullName }));
      expect(response.body.errors).toEqual([
        {
          field: 'fullName',
          message: 'fullName must not contain bidirectional override or isolate characters (U+202A–U+202E, U+2066–U+2069)',
        },
      ]);
    });

    it('refuses a meeting title that reads backwards', async () => {
      const response = await refused(t, () =>
        t.post('/api/v1/meetings', { title: 'Họp \u202egnaob oaig', startsAt: '2024-03-12T08:00:00+07:00' }),
      );
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['title']);
    });

    it('accepts real Vietnamese names, decomposed accents included', async () => {
      const person = await createPerson(t, { fullName: 'Nguye\u0302\u0303n Thị Ánh' });
      expect(person.fullName).toBe('Nguyễn Thị Ánh');
    });
  });

  describe('requests the HTTP parser or the router refuse before any route runs', () => {
    /** Sends bytes as they are (fetch and URL would percent-encode them) and reads until the server closes the connection. */
    function rawRequest(bytes: Buffer): Promise<{ statusLine: string; headers: Record<string, string>; body: any }> {
      const port = (t.app.getHttpServer().address() as AddressInfo).port;
      return new Promise((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
        const chunks: Buffer[] = [];
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        socket.on('error', reject);
        socket.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const [head, ...rest] = text.split('\r\n\r\n');
          const [statusLine, ...lines] = head!.split('\r\n');
          const headers = Object.fromEntries(
            lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
          );
          resolve({ statusLine: statusLine!, headers, body: JSON.parse(rest.join('\r\n\r\n')) });
        });
      });
    }

    it.each([
      ['a raw space and Vietnamese letters', 'quy hoạch'],
      ['raw Vietnamese letters', 'hoạch'],
    ])('answers %s in the URL with a 400 problem document, and closes the connection', async (_what, q) => {
      const answer = await rawRequest(Buffer.from(`GET /api/v1/directives?q=${q} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, 'utf8'));
      expect(answer.statusLine).toBe('HTTP/1.1 400 Bad Request');
      expect({ type: answer.headers['content-type'], connection: answer.headers.connection }).toEqual({
        type: 'application/problem+json; charset=utf-8',
        connection: 'close',
      });
      expect(answer.body).toEqual({
        type: 'urn:chi-dao:problem:malformed-request',
        title: 'Bad Request',
        status: 400,
        detail:
          'The request is not valid HTTP: its URL or a header holds a character HTTP does not allow (percent-encode a space or a Vietnamese letter in the URL).',
        code: 'malformed_request',
        requestId: answer.headers['x-request-id'],
      });
      expect(answer.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('answers headers larger than Node accepts with a 431 problem document', async () => {
      const answer = await rawRequest(
        Buffer.from(`GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n`),
      );
      expect(answer.statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
      expect({ type: answer.headers['content-type'], code: answer.body.code, status: answer.body.status }).toEqual({
        type: 'application/problem+json; charset=utf-8',
        code: 'headers_too_large',
        status: 431,
      });
    });

    it('still answers the same search percent-encoded', async () => {
      const response = await t.get(`/api/v1/directives?q=${encodeURIComponent('quy hoạch')}`);
      expect(response.status).toBe(200);
    });

    it('answers a malformed percent-encoding in the path with a 400 problem document', async () => {
      const response = await t.get(`/api/v1/directives/${SOME_ID}%zz`);
      expectProblem(response, 400, 'malformed_url');
      expect(response.body).toEqual({
        type: 'urn:chi-dao:problem:malformed-url',
        title: 'Bad Request',
        status: 400,
        detail: 'The path is not a valid URL: a "%" must start a percent-encoded byte such as %20.',
        instance: `/api/v1/directives/${SOME_ID}%zz`,
        code: 'malformed_url',
        requestId: response.headers['x-request-id'],
      });
    });

    it('answers a path parameter longer than the router allows with a 414 problem document', async () => {
      const response = await t.get(`/api/v1/directives/${'a'.repeat(101)}`);
      expectProblem(response, 414, 'uri_too_long');
      expect(response.body.title).toBe('URI Too Long');
    });
  });
});
