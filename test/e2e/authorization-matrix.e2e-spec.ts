import { buildOpenApiDocument } from '../../src/bootstrap.js';
import { createMeeting, createPerson } from '../support/factories.js';
import { createTestApp, ifMatch, TEST_PASSWORD, type HttpResponse, type TestApp, type TestRole } from '../support/test-app.js';

const PRINCIPALS = ['anonymous', 'disabled', 'admin', 'secretariat', 'leader', 'department_head', 'department_staff'] as const;
type Principal = (typeof PRINCIPALS)[number];
/** [status on an object of the caller's own agency, status on another agency's object] */
type Cell = readonly [own: number, foreign: number];
type Row = Record<Principal, Cell>;

/** One row per operation; the columns are the principals. Every cell is written out. */
function row(
  anonymous: Cell,
  disabled: Cell,
  admin: Cell,
  secretariat: Cell,
  leader: Cell,
  department_head: Cell,
  department_staff: Cell,
): Row {
  return { anonymous, disabled, admin, secretariat, leader, department_head, department_staff };
}

// prettier-ignore
const MATRIX: Record<string, Row> = {
  //                                                                anonymous   disabled    admin       secretariat leader      dept. head  dept. staff
  'GET /api/v1/health':                                         row([200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'POST /api/v1/auth/login':                                    row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'POST /api/v1/auth/refresh':                                  row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'POST /api/v1/auth/logout':                                   row([401, 401], [401, 401], [204, 204], [204, 204], [204, 204], [204, 204], [204, 204]),
  'GET /api/v1/auth/me':                                        row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'POST /api/v1/users':                                         row([401, 401], [401, 401], [201, 201], [403, 403], [403, 403], [403, 403], [403, 403]),
  'GET /api/v1/users':                                          row([401, 401], [401, 401], [200, 200], [403, 403], [403, 403], [403, 403], [403, 403]),
  'GET /api/v1/users/{id}':                                     row([401, 401], [401, 401], [200, 200], [403, 403], [403, 403], [403, 403], [403, 403]),
  'PATCH /api/v1/users/{id}':                                   row([401, 401], [401, 401], [200, 200], [403, 403], [403, 403], [403, 403], [403, 403]),
  'POST /api/v1/users/{id}/password':                           row([401, 401], [401, 401], [204, 204], [403, 403], [403, 403], [403, 403], [403, 403]),
  'GET /api/v1/audit':                                          row([401, 401], [401, 401], [200, 200], [403, 403], [200, 200], [403, 403], [403, 403]),
  'POST /api/v1/organizations':                                 row([401, 401], [401, 401], [201, 201], [403, 403], [403, 403], [403, 403], [403, 403]),
  'GET /api/v1/organizations':                                  row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'GET /api/v1/organizations/{id}':                             row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'PATCH /api/v1/organizations/{id}':                           row([401, 401], [401, 401], [200, 200], [403, 403], [403, 403], [403, 403], [403, 403]),
  'POST /api/v1/people':                                        row([401, 401], [401, 401], [403, 403], [201, 201], [403, 403], [403, 403], [403, 403]),
  'GET /api/v1/people':                                         row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'GET /api/v1/people/{id}':                                    row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'PATCH /api/v1/people/{id}':                                  row([401, 401], [401, 401], [403, 403], [200, 200], [403, 403], [403, 403], [403, 403]),
  'POST /api/v1/meetings':                                      row([401, 401], [401, 401], [403, 403], [201, 201], [403, 403], [403, 403], [403, 403]),
  'GET /api/v1/meetings':                                       row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'GET /api/v1/meetings/{id}':                                  row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  // Scoped like the directive lists: a department's users see their agency's directives, of either side's meeting.
  'GET /api/v1/meetings/{id}/carry-over':                       row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'PATCH /api/v1/meetings/{id}':                                row([401, 401], [401, 401], [403, 403], [200, 200], [403, 403], [403, 403], [403, 403]),
  'POST /api/v1/meetings/{meetingId}/attendees':                row([401, 401], [401, 401], [403, 403], [201, 201], [403, 403], [403, 403], [403, 403]),
  'PATCH /api/v1/meetings/{meetingId}/attendees/{attendeeId}':  row([401, 401], [401, 401], [403, 403], [200, 200], [403, 403], [403, 403], [403, 403]),
  'POST /api/v1/meetings/{meetingId}/speeches':                 row([401, 401], [401, 401], [403, 403], [201, 201], [403, 403], [403, 403], [403, 403]),
  'PATCH /api/v1/meetings/{meetingId}/speeches/{speechId}':     row([401, 401], [401, 401], [403, 403], [200, 200], [403, 403], [403, 403], [403, 403]),
  'POST /api/v1/meetings/{meetingId}/directives':               row([401, 401], [401, 401], [403, 403], [201, 201], [403, 403], [403, 403], [403, 403]),
  // Department users get an extract (their agency's conclusions) of any meeting, as GET /meetings/{id} shows it to them.
  'GET /api/v1/meetings/{id}/documents/conclusion-notice.docx': row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'GET /api/v1/meetings/{id}/documents/minutes.docx':           row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'GET /api/v1/directives':                                     row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'GET /api/v1/directives/counts':                              row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'GET /api/v1/directives/{id}':                                row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 404], [200, 404]),
  'GET /api/v1/directives/{id}/history':                        row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 404], [200, 404]),
  'PATCH /api/v1/directives/{id}':                              row([401, 401], [401, 401], [403, 403], [200, 200], [403, 403], [200, 404], [403, 403]),
  'POST /api/v1/directives/{id}/transitions':                   row([401, 401], [401, 401], [403, 403], [200, 200], [200, 200], [200, 404], [403, 403]),
  'POST /api/v1/directives/{id}/reminders':                     row([401, 401], [401, 401], [403, 403], [201, 201], [201, 201], [403, 403], [403, 403]),
  'GET /api/v1/directives/{id}/reminders':                      row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 404], [200, 404]),
  'POST /api/v1/directives/{id}/extension-requests':            row([401, 401], [401, 401], [403, 403], [403, 403], [403, 403], [201, 404], [403, 403]),
  'POST /api/v1/directives/{id}/extension-requests/{requestId}/decision':
                                                                row([401, 401], [401, 401], [403, 403], [403, 403], [200, 200], [403, 403], [403, 403]),
  'GET /api/v1/directives/{id}/extension-requests':             row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 404], [200, 404]),
  'POST /api/v1/directives/{id}/progress-reports':              row([401, 401], [401, 401], [403, 403], [403, 403], [403, 403], [201, 404], [201, 404]),
  'GET /api/v1/directives/{id}/progress-reports':               row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 404], [200, 404]),
  'GET /api/v1/directives/{id}/timeline':                       row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 404], [200, 404]),
  // own: the caller's own notification; foreign: someone else's, as absent to the caller as one that never was.
  'GET /api/v1/notifications':                                  row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'GET /api/v1/notifications/unread-count':                     row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'POST /api/v1/notifications/read-all':                        row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'POST /api/v1/notifications/{id}/read':                       row([401, 401], [401, 401], [200, 404], [200, 404], [200, 404], [200, 404], [200, 404]),
  'POST /api/v1/attachments':                                   row([401, 401], [401, 401], [403, 403], [201, 201], [201, 201], [201, 201], [201, 201]),
  'GET /api/v1/attachments/{id}':                               row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 404], [200, 404]),
  'GET /api/v1/attachments/{id}/metadata':                      row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 404], [200, 404]),
  // own / foreign: the report asked for the caller's own agency / another agency (an agency role then gets its own rows only: none).
  'GET /api/v1/reports/overdue':                                row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'GET /api/v1/reports/agency-performance':                     row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'GET /api/v1/meetings/{id}/progress':                         row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  // own: the caller's own calendar feed; foreign: another user's, as absent to the caller as one that never was.
  'POST /api/v1/calendar-feeds':                                row([401, 401], [401, 401], [201, 201], [201, 201], [201, 201], [201, 201], [201, 201]),
  'GET /api/v1/calendar-feeds':                                 row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'DELETE /api/v1/calendar-feeds/{id}':                         row([401, 401], [401, 401], [204, 404], [204, 404], [204, 404], [204, 404], [204, 404]),
  // Public: the secret in the path is the key, whoever calls (a token, even a disabled user's, is not looked at).
  // own: a feed of the own agency's head; foreign: of the other agency's.
  'GET /api/v1/calendar/{file}':                                row([200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  // Open data of published meetings, for every signed-in role: it carries no directive, so nothing to scope.
  'GET /api/v1/meetings/{id}/popolo':                           row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  'GET /api/v1/popolo':                                         row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
  // The secretariat's drafts: every secretariat user works on all of them, no one else sees any.
  'POST /api/v1/imports':                                       row([401, 401], [401, 401], [403, 403], [201, 201], [403, 403], [403, 403], [403, 403]),
  'GET /api/v1/imports':                                        row([401, 401], [401, 401], [403, 403], [200, 200], [403, 403], [403, 403], [403, 403]),
  'GET /api/v1/imports/{id}':                                   row([401, 401], [401, 401], [403, 403], [200, 200], [403, 403], [403, 403], [403, 403]),
  'PATCH /api/v1/imports/{id}':                                 row([401, 401], [401, 401], [403, 403], [200, 200], [403, 403], [403, 403], [403, 403]),
  'POST /api/v1/imports/{id}/confirm':                          row([401, 401], [401, 401], [403, 403], [201, 201], [403, 403], [403, 403], [403, 403]),
  'POST /api/v1/imports/{id}/discard':                          row([401, 401], [401, 401], [403, 403], [200, 200], [403, 403], [403, 403], [403, 403]),
  // Every role reads some kinds; directives and progress reports are scoped in the query (search.e2e-spec.ts).
  'GET /api/v1/search':                                         row([401, 401], [401, 401], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200]),
};

interface Call {
  method: string;
  url: string;
  body?: unknown;
  /** A body sent as it is (multipart), with its content-type in `headers`. */
  raw?: string;
  headers?: Record<string, string>;
  /** Replaces the principal's own token (sign-in routes act on fresh sessions, not the shared ones). */
  token?: string | null;
}

/**
 * 952 requests and their checks take about 20 s on an idle machine; a run beside other work (CI's machine also
 * builds and starts things) once took over 60 s. A guard against a hang, not a measure of speed.
 */
const SLOW_ON_A_BUSY_MACHINE_MS = 240_000;

describe('Authorization matrix: every operation × every principal × own and foreign objects', () => {
  let t: TestApp;
  let disabledToken: string;
  let disabledRefresh: string;
  let n = 0;
  const fixtures: Record<
    'own' | 'foreign',
    {
      directive: string;
      meeting: string;
      speech: string;
      attendee: string;
      organization: string;
      person: string;
      user: string;
      attachment: string;
    }
  > = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    for (const side of ['own', 'foreign'] as const) {
      const organization = side === 'own' ? t.agencies.own : t.agencies.other;
      const person = await createPerson(t, { organizationId: organization });
      const meeting = await createMeeting(t, {
        attendees: [{ personId: person.id, role: 'member' }],
        speeches: [{ speakerId: person.id, kind: 'opinion' }],
        directives: [{ title: `Việc của ${side}`, leadOrganizationId: organization }],
      });
      const user = await t
        .as('admin')
        .post('/api/v1/users', { username: `target-${side}`, displayName: side, role: 'leader', password: TEST_PASSWORD });
      // A file attached to a directive of this side (by the secretariat cancelling one with it as evidence).
      const evidence = await t.request('POST', '/api/v1/attachments', multipartPdf(`Bằng chứng ${side}.pdf`));
      const cancelled = await t.post(`/api/v1/meetings/${meeting.id}/directives`, {
        title: `Việc hủy ${side}`,
        leadOrganizationId: organization,
      });
      const cancel = await t.post(
        `/api/v1/directives/${cancelled.body.id}/transitions`,
        { action: 'cancel', note: 'Đã lồng ghép', attachmentIds: [evidence.body.id] },
        ifMatch(1),
      );
      expect([evidence.status, cancel.status]).toEqual([201, 200]);
      fixtures[side] = {
        attachment: evidence.body.id,
        directive: meeting.directives[0].id,
        meeting: meeting.id,
        speech: meeting.speeches[0].id,
        attendee: meeting.attendees[0].id,
        organization,
        person: person.id,
        user: user.body.id,
      };
    }
    const disabled = await t
      .as('admin')
      .post('/api/v1/users', { username: 'disabled', displayName: 'D', role: 'secretariat', password: TEST_PASSWORD });
    const tokens = (await t.login('disabled')).body;
    [disabledToken, disabledRefresh] = [tokens.accessToken, tokens.refreshToken];
    expect((await t.as('admin').patch(`/api/v1/users/${disabled.body.id}`, { active: false }, ifMatch(1))).status).toBe(200);
  }, SLOW_ON_A_BUSY_MACHINE_MS);
  afterAll(async () => {
    await t.close();
  });

  const versionOf = async (url: string): Promise<Record<string, string>> => {
    const child = /^(\/api\/v1\/meetings\/[^/]+)\/(speeches|attendees)\/([^/]+)$/.exec(url);
    if (child) {
      const items = (await t.as('admin').get(child[1]!)).body[child[2]!] as { id: string; version: number }[];
      return ifMatch(items.find((item) => item.id === child[3])!.version);
    }
    // Drafts of imports are the secretariat's alone: the admin may not read them.
    const reader = url.startsWith('/api/v1/imports/') ? 'secretariat' : 'admin';
    return { 'if-match': (await t.as(reader).get(url)).headers.etag! };
  };
  const usernameOf = (principal: Principal): string => (principal === 'disabled' ? 'disabled' : t.users[principal as TestRole].username);

  /** A request that would succeed for whoever is allowed: valid body, current version, fresh names. */
  /** A fresh draft of the secretariat's, so that every cell acts on one nobody has confirmed or discarded. */
  const importDraft = async (unique: string): Promise<string> => {
    const draft = await t.as('secretariat').post('/api/v1/imports', { text: `Sáng 12/3/2024, Thường trực Tỉnh ủy họp lần ${unique}.` });
    expect(draft.status).toBe(201);
    return draft.body.id as string;
  };

  async function build(operation: string, principal: Principal, side: 'own' | 'foreign'): Promise<Call> {
    const f = fixtures[side];
    const unique = `${++n}`;
    switch (operation) {
      case 'GET /api/v1/health':
        return { method: 'GET', url: '/api/v1/health' };
      case 'POST /api/v1/auth/login':
        return {
          method: 'POST',
          url: '/api/v1/auth/login',
          body:
            principal === 'anonymous'
              ? { username: 'admin', password: 'guessing the password' }
              : { username: usernameOf(principal), password: TEST_PASSWORD },
          token: null,
        };
      case 'POST /api/v1/auth/refresh': {
        if (principal === 'anonymous')
          return { method: 'POST', url: '/api/v1/auth/refresh', body: { refreshToken: 'a'.repeat(43) }, token: null };
        const refreshToken = principal === 'disabled' ? disabledRefresh : (await t.login(usernameOf(principal))).body.refreshToken;
        return { method: 'POST', url: '/api/v1/auth/refresh', body: { refreshToken }, token: null };
      }
      case 'POST /api/v1/auth/logout': {
        const token =
          principal === 'anonymous' || principal === 'disabled' ? undefined : (await t.login(usernameOf(principal))).body.accessToken;
        return { method: 'POST', url: '/api/v1/auth/logout', token };
      }
      case 'GET /api/v1/auth/me':
        return { method: 'GET', url: '/api/v1/auth/me' };
      case 'POST /api/v1/users':
        return {
          method: 'POST',
          url: '/api/v1/users',
          body: { username: `new-${unique}`, displayName: 'Mới', role: 'leader', password: TEST_PASSWORD },
        };
      case 'GET /api/v1/users':
        return { method: 'GET', url: '/api/v1/users' };
      case 'GET /api/v1/users/{id}':
        return { method: 'GET', url: `/api/v1/users/${f.user}` };
      case 'PATCH /api/v1/users/{id}':
        return {
          method: 'PATCH',
          url: `/api/v1/users/${f.user}`,
          body: { displayName: `Tên ${unique}` },
          headers: await versionOf(`/api/v1/users/${f.user}`),
        };
      case 'POST /api/v1/users/{id}/password':
        return { method: 'POST', url: `/api/v1/users/${f.user}/password`, body: { password: `mật khẩu mới số ${unique}` } };
      case 'GET /api/v1/audit':
        return { method: 'GET', url: '/api/v1/audit?entityType=directive' };
      case 'POST /api/v1/organizations':
        return {
          method: 'POST',
          url: '/api/v1/organizations',
          body: { name: `Sở ${unique}`, shortName: `M-${unique}`, kind: 'department' },
        };
      case 'GET /api/v1/organizations':
        return { method: 'GET', url: '/api/v1/organizations' };
      case 'GET /api/v1/organizations/{id}':
        return { method: 'GET', url: `/api/v1/organizations/${f.organization}` };
      case 'PATCH /api/v1/organizations/{id}': {
        const url = `/api/v1/organizations/${f.organization}`;
        return { method: 'PATCH', url, body: { kind: 'department' }, headers: await versionOf(url) };
      }
      case 'POST /api/v1/people':
        return { method: 'POST', url: '/api/v1/people', body: { fullName: `Người ${unique}`, organizationId: f.organization } };
      case 'GET /api/v1/people':
        return { method: 'GET', url: '/api/v1/people' };
      case 'GET /api/v1/people/{id}':
        return { method: 'GET', url: `/api/v1/people/${f.person}` };
      case 'PATCH /api/v1/people/{id}': {
        const url = `/api/v1/people/${f.person}`;
        return { method: 'PATCH', url, body: { position: `Chức vụ ${unique}` }, headers: await versionOf(url) };
      }
      case 'POST /api/v1/meetings':
        return { method: 'POST', url: '/api/v1/meetings', body: { title: `Họp ${unique}`, startsAt: '2024-03-12T08:00:00+07:00' } };
      case 'GET /api/v1/meetings':
        return { method: 'GET', url: '/api/v1/meetings' };
      case 'GET /api/v1/meetings/{id}':
        return { method: 'GET', url: `/api/v1/meetings/${f.meeting}` };
      case 'GET /api/v1/meetings/{id}/carry-over':
        return { method: 'GET', url: `/api/v1/meetings/${f.meeting}/carry-over` };
      case 'PATCH /api/v1/meetings/{id}': {
        const url = `/api/v1/meetings/${f.meeting}`;
        return { method: 'PATCH', url, body: { summary: `Tóm tắt ${unique}` }, headers: await versionOf(url) };
      }
      case 'POST /api/v1/meetings/{meetingId}/attendees': {
        const person = await createPerson(t);
        return { method: 'POST', url: `/api/v1/meetings/${f.meeting}/attendees`, body: { personId: person.id, role: 'invited' } };
      }
      case 'PATCH /api/v1/meetings/{meetingId}/attendees/{attendeeId}': {
        const url = `/api/v1/meetings/${f.meeting}/attendees/${f.attendee}`;
        return { method: 'PATCH', url, body: { attended: n % 2 === 0 }, headers: await versionOf(url) };
      }
      case 'POST /api/v1/meetings/{meetingId}/speeches':
        return {
          method: 'POST',
          url: `/api/v1/meetings/${f.meeting}/speeches`,
          body: { speakerId: f.person, kind: 'opinion', title: `Ý kiến ${unique}` },
        };
      case 'PATCH /api/v1/meetings/{meetingId}/speeches/{speechId}': {
        const url = `/api/v1/meetings/${f.meeting}/speeches/${f.speech}`;
        return { method: 'PATCH', url, body: { summary: `Nội dung ${unique}` }, headers: await versionOf(url) };
      }
      case 'POST /api/v1/meetings/{meetingId}/directives':
        return {
          method: 'POST',
          url: `/api/v1/meetings/${f.meeting}/directives`,
          body: { title: `Việc ${unique}`, leadOrganizationId: f.organization },
        };
      case 'GET /api/v1/meetings/{id}/documents/conclusion-notice.docx':
        return { method: 'GET', url: `/api/v1/meetings/${f.meeting}/documents/conclusion-notice.docx` };
      case 'GET /api/v1/meetings/{id}/documents/minutes.docx':
        return { method: 'GET', url: `/api/v1/meetings/${f.meeting}/documents/minutes.docx` };
      case 'GET /api/v1/directives':
        return { method: 'GET', url: '/api/v1/directives' };
      case 'GET /api/v1/directives/counts':
        return { method: 'GET', url: `/api/v1/directives/counts?leadOrganizationId=${f.organization}` };
      case 'GET /api/v1/directives/{id}':
        return { method: 'GET', url: `/api/v1/directives/${f.directive}` };
      case 'GET /api/v1/directives/{id}/history':
        return { method: 'GET', url: `/api/v1/directives/${f.directive}/history` };
      case 'PATCH /api/v1/directives/{id}': {
        const url = `/api/v1/directives/${f.directive}`;
        // Assigning an owner of the own agency: the one change a department head may make.
        return { method: 'PATCH', url, body: { ownerId: fixtures.own.person }, headers: await versionOf(url) };
      }
      case 'POST /api/v1/directives/{id}/transitions': {
        // A fresh directive each time, so that every principal finds one its action applies to.
        const issued = await t.post(`/api/v1/meetings/${f.meeting}/directives`, {
          title: `Việc ${unique}`,
          leadOrganizationId: f.organization,
        });
        const url = `/api/v1/directives/${issued.body.id}/transitions`;
        const body =
          principal === 'department_head' || principal === 'department_staff'
            ? { action: 'start' }
            : principal === 'leader'
              ? { action: 'pause', note: 'Chờ ý kiến của Ban Thường vụ' }
              : { action: 'cancel', note: 'Đã lồng ghép vào nhiệm vụ khác' };
        return { method: 'POST', url, body, headers: ifMatch(issued.body.version) };
      }
      case 'POST /api/v1/directives/{id}/reminders':
        return {
          method: 'POST',
          url: `/api/v1/directives/${f.directive}/reminders`,
          body: { note: `Đề nghị báo cáo kết quả, lần ${unique}`, channel: 'document', documentNumber: `${unique}/VP-TH` },
        };
      case 'GET /api/v1/directives/{id}/reminders':
        return { method: 'GET', url: `/api/v1/directives/${f.directive}/reminders` };
      case 'POST /api/v1/directives/{id}/extension-requests': {
        // A fresh directive each time: one request at a time may await a decision.
        const issued = await t.post(`/api/v1/meetings/${f.meeting}/directives`, {
          title: `Việc ${unique}`,
          leadOrganizationId: f.organization,
          dueDate: '2024-06-30',
        });
        const url = `/api/v1/directives/${issued.body.id}/extension-requests`;
        return { method: 'POST', url, body: { proposedDueDate: '2024-07-31', reason: `Cần thêm thời gian, lần ${unique}` } };
      }
      case 'POST /api/v1/directives/{id}/extension-requests/{requestId}/decision': {
        // A fresh directive and a pending request by the head of its lead agency.
        const issued = await t.post(`/api/v1/meetings/${f.meeting}/directives`, {
          title: `Việc ${unique}`,
          leadOrganizationId: f.organization,
          dueDate: '2024-06-30',
        });
        const head = side === 'own' ? 'department_head' : 'other_department_head';
        const asked = await t
          .as(head)
          .post(`/api/v1/directives/${issued.body.id}/extension-requests`, { proposedDueDate: '2024-07-31', reason: 'Cần thêm thời gian' });
        const url = `/api/v1/directives/${issued.body.id}/extension-requests/${asked.body.id}/decision`;
        return { method: 'POST', url, body: { decision: 'approved' }, headers: ifMatch(issued.body.version) };
      }
      case 'GET /api/v1/directives/{id}/extension-requests':
        return { method: 'GET', url: `/api/v1/directives/${f.directive}/extension-requests` };
      case 'POST /api/v1/directives/{id}/progress-reports':
        return {
          method: 'POST',
          url: `/api/v1/directives/${f.directive}/progress-reports`,
          body: { percent: n % 101, note: `Báo cáo tiến độ, lần ${unique}` },
        };
      case 'GET /api/v1/directives/{id}/progress-reports':
        return { method: 'GET', url: `/api/v1/directives/${f.directive}/progress-reports` };
      case 'GET /api/v1/directives/{id}/timeline':
        return { method: 'GET', url: `/api/v1/directives/${f.directive}/timeline` };
      case 'GET /api/v1/notifications':
        return { method: 'GET', url: '/api/v1/notifications?unread=true' };
      case 'GET /api/v1/notifications/unread-count':
        return { method: 'GET', url: '/api/v1/notifications/unread-count' };
      case 'POST /api/v1/notifications/read-all':
        return { method: 'POST', url: '/api/v1/notifications/read-all' };
      case 'POST /api/v1/notifications/{id}/read': {
        // A notification of the caller (own) or of another user (foreign), about the fixture directive.
        const owner = side === 'own' && principal !== 'anonymous' && principal !== 'disabled' ? t.users[principal].id : f.user;
        const [{ id }] = await t.sql<{ id: string }>(
          `INSERT INTO notification (user_id, kind, directive_id, message, created_at) VALUES ($1, 'reminded', $2, 'Đôn đốc', now()) RETURNING id`,
          [owner, f.directive],
        );
        return { method: 'POST', url: `/api/v1/notifications/${id}/read` };
      }
      case 'POST /api/v1/attachments':
        return { method: 'POST', url: '/api/v1/attachments', ...multipartPdf(`Báo cáo ${unique}.pdf`) };
      case 'GET /api/v1/attachments/{id}':
        return { method: 'GET', url: `/api/v1/attachments/${f.attachment}` };
      case 'GET /api/v1/attachments/{id}/metadata':
        return { method: 'GET', url: `/api/v1/attachments/${f.attachment}/metadata` };
      case 'GET /api/v1/reports/overdue':
        return { method: 'GET', url: `/api/v1/reports/overdue?asOf=2030-01-01&leadOrganizationId=${f.organization}` };
      case 'GET /api/v1/reports/agency-performance':
        return { method: 'GET', url: '/api/v1/reports/agency-performance?from=2024-01-01&to=2030-12-31&asOf=2030-01-01' };
      case 'GET /api/v1/meetings/{id}/progress':
        return { method: 'GET', url: `/api/v1/meetings/${f.meeting}/progress` };
      case 'POST /api/v1/calendar-feeds':
        return { method: 'POST', url: '/api/v1/calendar-feeds', body: { scope: n % 2 === 0 ? 'me' : 'organization' } };
      case 'GET /api/v1/calendar-feeds':
        return { method: 'GET', url: '/api/v1/calendar-feeds' };
      case 'GET /api/v1/search':
        return { method: 'GET', url: '/api/v1/search?q=tang%20loong' };
      case 'DELETE /api/v1/calendar-feeds/{id}': {
        const mine = side === 'own' && principal !== 'anonymous' && principal !== 'disabled';
        const feed = await t.as(mine ? principal : 'other_department_head').post('/api/v1/calendar-feeds', { scope: 'me' });
        return { method: 'DELETE', url: `/api/v1/calendar-feeds/${feed.body.id}` };
      }
      case 'GET /api/v1/calendar/{file}': {
        const feed = await t
          .as(side === 'own' ? 'department_head' : 'other_department_head')
          .post('/api/v1/calendar-feeds', { scope: 'organization' });
        return { method: 'GET', url: new URL(feed.body.url as string).pathname };
      }
      case 'GET /api/v1/meetings/{id}/popolo': {
        // The fixture meetings are drafts, which are not open data (409): a published one of its own.
        const published = await createMeeting(t, { status: 'published' });
        return { method: 'GET', url: `/api/v1/meetings/${published.id}/popolo` };
      }
      case 'GET /api/v1/popolo':
        return { method: 'GET', url: '/api/v1/popolo?from=2024-01-01&to=2024-12-31' };
      case 'POST /api/v1/imports':
        return { method: 'POST', url: '/api/v1/imports', body: { text: `Sáng 12/3/2024, Thường trực Tỉnh ủy họp lần ${unique}.` } };
      case 'GET /api/v1/imports':
        return { method: 'GET', url: '/api/v1/imports' };
      case 'GET /api/v1/imports/{id}':
        return { method: 'GET', url: `/api/v1/imports/${await importDraft(unique)}` };
      case 'PATCH /api/v1/imports/{id}': {
        const url = `/api/v1/imports/${await importDraft(unique)}`;
        return { method: 'PATCH', url, body: { meeting: { title: `Họp ${unique}` } }, headers: await versionOf(url) };
      }
      case 'POST /api/v1/imports/{id}/confirm': {
        // A draft with nothing left to resolve: the meeting alone, so the cell shows access, not the reader's output.
        const url = `/api/v1/imports/${await importDraft(unique)}`;
        await t.as('secretariat').patch(
          url,
          {
            meeting: { title: `Họp ${unique}`, startsAt: '2024-03-12T08:00:00+07:00', organizer: null },
            attendees: [],
            speeches: [],
            directives: [],
          },
          ifMatch(1),
        );
        return { method: 'POST', url: `${url}/confirm`, headers: await versionOf(url) };
      }
      case 'POST /api/v1/imports/{id}/discard': {
        const url = `/api/v1/imports/${await importDraft(unique)}`;
        return { method: 'POST', url: `${url}/discard`, headers: await versionOf(url) };
      }
      default:
        throw new Error(`No request is defined for ${operation}: add it to the matrix`);
    }
  }

  it('covers exactly the operations of the OpenAPI document', () => {
    const document = buildOpenApiDocument(t.app);
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(Object.keys(MATRIX).sort()).toEqual(operations.sort());
  });

  /** A refused sign-in is recorded, one row, because that record is what throttles guessing; every other refusal writes nothing. */
  const REFUSAL_RECORDED_IN: Record<string, string> = { 'POST /api/v1/auth/login': 'login_attempt' };

  const cells = Object.keys(MATRIX).flatMap((operation) =>
    PRINCIPALS.flatMap((principal) => (['own', 'foreign'] as const).map((side) => [operation, principal, side] as const)),
  );

  it(
    `answers every one of the ${Object.keys(MATRIX).length * PRINCIPALS.length * 2} cells as specified, and refusals change nothing`,
    async () => {
      const wrong: string[] = [];
      for (const [operation, principal, side] of cells) {
        const expected = MATRIX[operation]![principal][side === 'own' ? 0 : 1];
        const call = await build(operation, principal, side);
        const token =
          call.token === null
            ? undefined
            : (call.token ??
              (principal === 'anonymous' ? undefined : principal === 'disabled' ? disabledToken : t.users[principal].accessToken));
        const before = expected >= 400 ? await t.snapshot() : undefined;
        const response: HttpResponse = await t.anonymous.request(call.method, call.url, {
          body: call.body,
          raw: call.raw,
          headers: { ...call.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        });
        if (response.status !== expected)
          wrong.push(`${operation} as ${principal} (${side}): expected ${expected}, got ${response.status} ${response.text.slice(0, 160)}`);
        if (before && response.status === expected) {
          const after = await t.snapshot();
          const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
          const allowed = REFUSAL_RECORDED_IN[operation];
          const rowsAdded = (table: string) => Number(after[table]!.split(':')[0]) - Number(before[table]!.split(':')[0]);
          if (JSON.stringify(changed) !== JSON.stringify(allowed ? [allowed] : []) || (allowed && rowsAdded(allowed) !== 1))
            wrong.push(`${operation} as ${principal} (${side}) was refused; changed [${changed.join(', ')}], expected [${allowed ?? ''}]`);
        }
      }
      expect(wrong).toEqual([]);
    },
    SLOW_ON_A_BUSY_MACHINE_MS,
  );
});

/** A small PDF as a multipart body (the matrix client sends strings). */
function multipartPdf(fileName: string): { raw: string; headers: Record<string, string> } {
  const boundary = 'matrix-boundary';
  return {
    raw:
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n` +
      `%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
