import { expectProblem } from '../support/problems.js';
import { createTestApp, TEST_PASSWORD, type HttpResponse, type TestApp } from '../support/test-app.js';

const REFRESH_PATH = '/api/v1/auth/refresh';
const THIRTY_DAYS = String(30 * 86_400);

interface Answer extends HttpResponse {
  /** Each Set-Cookie header on its own (the plain headers join them with commas). */
  cookies: string[];
}

/** A cookie as attributes: `{ chidao_refresh: <value>, Path: …, HttpOnly: true, … }`. */
function parseCookie(header: string): Record<string, string | true> {
  return Object.fromEntries(
    header.split(/;\s*/).map((part) => {
      const at = part.indexOf('=');
      return at < 0 ? [part, true] : [part.slice(0, at), decodeURIComponent(part.slice(at + 1))];
    }),
  );
}

/** The chidao_refresh cookie an answer sets, if any. */
function refreshCookieOf(answer: Answer): Record<string, string | true> | undefined {
  const header = answer.cookies.find((cookie) => cookie.startsWith('chidao_refresh='));
  return header === undefined ? undefined : parseCookie(header);
}

describe('The refresh token in an HttpOnly cookie (browsers)', () => {
  let t: TestApp;
  let base: string;

  // fetch, not the shared client: it keeps each Set-Cookie header apart.
  const send = async (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: text ? JSON.parse(text) : undefined,
      text,
      cookies: response.headers.getSetCookie(),
    };
  };
  const signIn = (username: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    send('/api/v1/auth/login', { username, password: TEST_PASSWORD, ...extra }, headers);
  const refreshWith = (cookie: string) => send(REFRESH_PATH, {}, { cookie: `chidao_refresh=${cookie}` });
  const me = (accessToken: string) =>
    t.anonymous.request('GET', '/api/v1/auth/me', { headers: { authorization: `Bearer ${accessToken}` } });

  beforeAll(async () => {
    // One proxy hop is trusted, so X-Forwarded-Proto: https stands for a browser on HTTPS.
    t = await createTestApp({ env: { TRUST_PROXY: '1' } });
    const { port } = t.app.getHttpServer().address() as { port: number };
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('sets the cookie on sign-in with refreshTokenIn: cookie, HttpOnly, SameSite=Strict, for the refresh route only, and leaves it out of the body', async () => {
    const login = await signIn('leader', { refreshTokenIn: 'cookie' });
    expect(login.status).toBe(200);
    expect(login.body).toEqual({ accessToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer', deviceToken: expect.any(String) });
    const cookie = refreshCookieOf(login)!;
    // Not remembered: a session cookie (no Max-Age, no Expires), forgotten when the browser closes.
    expect(cookie).toEqual({
      chidao_refresh: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      Path: REFRESH_PATH,
      HttpOnly: true,
      SameSite: 'Strict',
    });
    expect((await me(login.body.accessToken)).status).toBe(200);
  });

  it('keeps the cookie for the refresh token lifetime when the sign-in asks to be remembered, and every refresh keeps that choice', async () => {
    const remembered = await signIn('leader', { refreshTokenIn: 'cookie', remember: true });
    expect(remembered.status).toBe(200);
    expect(refreshCookieOf(remembered)).toMatchObject({ 'Max-Age': THIRTY_DAYS, Path: REFRESH_PATH, HttpOnly: true });
    let token = refreshCookieOf(remembered)!.chidao_refresh as string;
    for (let round = 0; round < 2; round++) {
      const refreshed = await refreshWith(token);
      expect(refreshed.status).toBe(200);
      expect(refreshCookieOf(refreshed)).toMatchObject({ 'Max-Age': THIRTY_DAYS, Path: REFRESH_PATH, HttpOnly: true });
      token = refreshCookieOf(refreshed)!.chidao_refresh as string;
    }

    const forgotten = await signIn('leader', { refreshTokenIn: 'cookie', remember: false });
    token = refreshCookieOf(forgotten)!.chidao_refresh as string;
    for (let round = 0; round < 2; round++) {
      const refreshed = await refreshWith(token);
      expect(refreshed.status).toBe(200);
      const cookie = refreshCookieOf(refreshed)!;
      expect(cookie).toEqual({ chidao_refresh: expect.any(String), Path: REFRESH_PATH, HttpOnly: true, SameSite: 'Strict' });
      token = cookie.chidao_refresh as string;
    }
    // Either way the session keeps its absolute end: remembering changes the cookie, not the session.
    const sessions = await t.sql(
      `SELECT remember, round(extract(epoch FROM expires_at - created_at) / 86400) AS days FROM auth_session
        WHERE user_id = (SELECT id FROM app_user WHERE username = 'leader') ORDER BY created_at DESC LIMIT 2`,
    );
    expect(sessions.map((row) => [row.remember, Number(row.days)])).toEqual([
      [false, 30],
      [true, 30],
    ]);
  });

  it('accepts remember in body mode, where it changes nothing, and refuses a remember that is not a boolean', async () => {
    const body = await signIn('secretariat', { remember: true });
    expect(body.status).toBe(200);
    expect(body.body.refreshToken).toEqual(expect.any(String));
    expect(refreshCookieOf(body)).toBeUndefined();

    const refused = await signIn('leader', { refreshTokenIn: 'cookie', remember: 'true' });
    expectProblem(refused, 400, 'validation_failed');
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'remember' })]);
  });

  it('marks the cookie Secure when the browser is on HTTPS', async () => {
    const login = await signIn('leader', { refreshTokenIn: 'cookie' }, { 'x-forwarded-proto': 'https' });
    expect(refreshCookieOf(login)).toMatchObject({ Secure: true, HttpOnly: true, SameSite: 'Strict', Path: REFRESH_PATH });
    const refreshed = await send(
      REFRESH_PATH,
      {},
      { cookie: `chidao_refresh=${refreshCookieOf(login)!.chidao_refresh}`, 'x-forwarded-proto': 'https' },
    );
    expect(refreshCookieOf(refreshed)).toMatchObject({ Secure: true });
  });

  it('rotates the cookie on refresh; the old value then fails and ends the whole session', async () => {
    const login = await signIn('leader', { refreshTokenIn: 'cookie' });
    const first = refreshCookieOf(login)!.chidao_refresh as string;

    const refreshed = await refreshWith(first);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ accessToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer' });
    const rotated = refreshCookieOf(refreshed)!;
    expect(rotated).toEqual({
      chidao_refresh: expect.any(String),
      Path: REFRESH_PATH,
      HttpOnly: true,
      SameSite: 'Strict',
    });
    expect(rotated.chidao_refresh).not.toBe(first);
    expect((await me(refreshed.body.accessToken)).status).toBe(200);

    // The first cookie again: a copy someone kept. The session ends for everyone holding it.
    const replay = await refreshWith(first);
    expectProblem(replay, 401, 'invalid_refresh_token');
    expect(refreshCookieOf(replay)).toMatchObject({
      chidao_refresh: '',
      'Max-Age': '0',
      Path: REFRESH_PATH,
      HttpOnly: true,
      SameSite: 'Strict',
    });
    expectProblem(await refreshWith(rotated.chidao_refresh as string), 401, 'invalid_refresh_token');
    expect((await me(refreshed.body.accessToken)).status).toBe(401);
    const [session] = await t.sql(
      `SELECT s.revoked_reason FROM auth_session s JOIN refresh_token r ON r.session_id = s.id
        WHERE r.token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [first],
    );
    expect(session.revoked_reason).toBe('refresh_token_reused');
  });

  it('clears the cookie on sign-out, and the signed-out cookie no longer refreshes', async () => {
    const login = await signIn('department_head', { refreshTokenIn: 'cookie' });
    const cookie = refreshCookieOf(login)!.chidao_refresh as string;
    const logout = await send('/api/v1/auth/logout', {}, { authorization: `Bearer ${login.body.accessToken}` });
    expect(logout.status).toBe(204);
    expect(refreshCookieOf(logout)).toMatchObject({
      chidao_refresh: '',
      'Max-Age': '0',
      Path: REFRESH_PATH,
      HttpOnly: true,
      SameSite: 'Strict',
    });
    const refused = await refreshWith(cookie);
    expectProblem(refused, 401, 'invalid_refresh_token');
    expect(refreshCookieOf(refused)).toMatchObject({ 'Max-Age': '0', Path: REFRESH_PATH });
  });

  it('refuses, and clears, the cookie of a session ended elsewhere (a password reset)', async () => {
    const admin = t.as('admin');
    const created = await admin.post('/api/v1/users', { username: 'moving-on', displayName: 'M', role: 'leader', password: TEST_PASSWORD });
    const login = await signIn('moving-on', { refreshTokenIn: 'cookie' });
    const cookie = refreshCookieOf(login)!.chidao_refresh as string;
    expect((await admin.post(`/api/v1/users/${created.body.id}/password`, { password: 'một mật khẩu mới hoàn toàn' })).status).toBe(204);

    const refused = await refreshWith(cookie);
    expectProblem(refused, 401, 'invalid_refresh_token');
    expect(refreshCookieOf(refused)).toMatchObject({ chidao_refresh: '', 'Max-Age': '0', Path: REFRESH_PATH });
  });

  it('says so when there is no refresh token at all, and sets no cookie', async () => {
    const none = await send(REFRESH_PATH, {});
    expectProblem(none, 401, 'refresh_token_missing');
    expect(none.cookies).toEqual([]);
    expectProblem(await send(REFRESH_PATH, {}, { cookie: 'chidao_refresh=' }), 401, 'refresh_token_missing');
    expectProblem(await refreshWith('not-a-token-we-ever-gave'), 401, 'invalid_refresh_token');
  });

  it('refuses a null or non-string refresh token as invalid input, never as a server error (found by the fuzzer)', async () => {
    for (const refreshToken of [null, 1, ['x'.repeat(30)]]) {
      const refused = await send(REFRESH_PATH, { refreshToken });
      expectProblem(refused, 400, 'validation_failed');
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'refreshToken' })]);
    }
  });

  it('keeps body mode as it was: the token in the body, no refresh cookie, and a body token wins over a cookie', async () => {
    const login = await signIn('secretariat');
    expect(login.body.refreshToken).toEqual(expect.any(String));
    expect(refreshCookieOf(login)).toBeUndefined();
    expect(login.cookies.map((cookie) => cookie.split('=')[0])).toEqual(['chidao_device']);

    const cookieLogin = await signIn('secretariat', { refreshTokenIn: 'cookie' });
    const cookie = refreshCookieOf(cookieLogin)!.chidao_refresh as string;
    const refreshed = await send(REFRESH_PATH, { refreshToken: login.body.refreshToken }, { cookie: `chidao_refresh=${cookie}` });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      tokenType: 'Bearer',
    });
    expect(refreshed.cookies).toEqual([]);
    // The cookie was not used: it still refreshes.
    expect((await refreshWith(cookie)).status).toBe(200);

    const explicit = await signIn('secretariat', { refreshTokenIn: 'body' });
    expect(explicit.body.refreshToken).toEqual(expect.any(String));
    expect(refreshCookieOf(explicit)).toBeUndefined();
  });

  it('refuses an unknown place for the refresh token, and null for where it goes or whether to remember', async () => {
    for (const [body, field] of [
      [{ refreshTokenIn: 'localStorage' }, 'refreshTokenIn'],
      [{ refreshTokenIn: null }, 'refreshTokenIn'],
      [{ refreshTokenIn: 'cookie', remember: null }, 'remember'],
    ] as const) {
      const refused = await signIn('leader', body);
      expectProblem(refused, 400, 'validation_failed');
      expect(refused.body.errors).toEqual([expect.objectContaining({ field })]);
      expect(refused.cookies).toEqual([]);
    }
  });
});
