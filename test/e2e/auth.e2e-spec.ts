import { SignJWT } from 'jose';
import { DEVELOPMENT_JWT_SECRET } from '../../src/config/app-config.js';
import { describeRaces, expectParallelSessions } from '../support/races.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('Signing in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives a short-lived access token and a refresh token; /auth/me says who you are', async () => {
    const login = await t.login('leader');
    expect(login.status).toBe(200);
    expect(login.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      tokenType: 'Bearer',
      deviceToken: expect.any(String),
    });
    const me = await t.anonymous.request('GET', '/api/v1/auth/me', { headers: bearer(login.body.accessToken) });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'leader', role: 'leader', organizationId: null });
    expect(me.body.permissions).toEqual(expect.arrayContaining(['audit:read', 'directives:read']));
    expect(me.body.permissions).not.toContain('meetings:write');
  });

  it('answers a wrong password and an unknown user the same way, and records both', async () => {
    const wrong = await t.login('leader', 'not the password');
    const unknown = await t.login('nobody-here', 'whatever password');
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: 'invalid_credentials', detail: 'The username or password is wrong.' });
    }
    const attempts = await t.sql(
      `SELECT username, outcome FROM login_attempt WHERE username IN ('leader', 'nobody-here') AND outcome <> 'success'`,
    );
    expect(attempts).toEqual(
      expect.arrayContaining([
        { username: 'leader', outcome: 'bad_credentials' },
        { username: 'nobody-here', outcome: 'bad_credentials' },
      ]),
    );
  });

  it('refuses requests without a token, with a bad one, or with a forged one', async () => {
    const none = await t.anonymous.get('/api/v1/meetings');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect((await t.anonymous.request('GET', '/api/v1/meetings', { headers: bearer('not.a.jwt') })).status).toBe(401);

    const me = t.users.leader;
    const claims = { sid: 'x' };
    const key = new TextEncoder().encode(DEVELOPMENT_JWT_SECRET);
    const session = (await t.sql(`SELECT id FROM auth_session WHERE user_id = $1 AND revoked_at IS NULL LIMIT 1`, [me.id]))[0].id;
    const forge = (alter: (jwt: SignJWT) => SignJWT) =>
      alter(new SignJWT({ ...claims, sid: session }).setProtectedHeader({ alg: 'HS256' }).setSubject(me.id).setIssuedAt()).sign(key);
    const wrongAudience = await forge((j) => j.setIssuer('chi-dao').setAudience('someone-else').setExpirationTime('5m'));
    const expired = await forge((j) =>
      j
        .setIssuer('chi-dao')
        .setAudience('chi-dao-api')
        .setExpirationTime(Math.floor(Date.now() / 1000) - 10),
    );
    const wrongKey = await new SignJWT({ sid: session })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(me.id)
      .setIssuer('chi-dao')
      .setAudience('chi-dao-api')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(64)));
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: me.id, sid: session, iss: 'chi-dao', aud: 'chi-dao-api', exp: Math.floor(Date.now() / 1000) + 300 }),
    ).toString('base64url')}.`;
    for (const token of [wrongAudience, expired, wrongKey, unsigned]) {
      expect((await t.anonymous.request('GET', '/api/v1/meetings', { headers: bearer(token) })).status).toBe(401);
    }
    const good = await forge((j) => j.setIssuer('chi-dao').setAudience('chi-dao-api').setExpirationTime('5m'));
    expect((await t.anonymous.request('GET', '/api/v1/meetings', { headers: bearer(good) })).status).toBe(200);
  });

  it('rotates the refresh token; reusing a rotated one ends the whole session', async () => {
    const first = (await t.login('department_staff')).body;
    const second = await t.anonymous.post('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    const third = await t.anonymous.post('/api/v1/auth/refresh', { refreshToken: second.body.refreshToken });
    expect(third.status).toBe(200);

    // Someone replays the first token: the family is revoked, including the newest tokens.
    const replay = await t.anonymous.post('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('invalid_refresh_token');
    expect((await t.anonymous.post('/api/v1/auth/refresh', { refreshToken: third.body.refreshToken })).status).toBe(401);
    expect((await t.anonymous.request('GET', '/api/v1/meetings', { headers: bearer(third.body.accessToken) })).status).toBe(401);
    const [session] = await t.sql(
      `SELECT s.revoked_reason FROM auth_session s JOIN refresh_token r ON r.session_id = s.id WHERE r.token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [first.refreshToken],
    );
    expect(session.revoked_reason).toBe('refresh_token_reused');
  });

  it('ends a session at once on logout', async () => {
    const tokens = (await t.login('department_staff')).body;
    expect((await t.anonymous.request('GET', '/api/v1/meetings', { headers: bearer(tokens.accessToken) })).status).toBe(200);
    expect((await t.anonymous.request('POST', '/api/v1/auth/logout', { headers: bearer(tokens.accessToken) })).status).toBe(204);
    expect((await t.anonymous.request('GET', '/api/v1/meetings', { headers: bearer(tokens.accessToken) })).status).toBe(401);
    expect((await t.anonymous.post('/api/v1/auth/refresh', { refreshToken: tokens.refreshToken })).status).toBe(401);
  });

  it('throttles guessing per account with Retry-After, and lets the owner in again once the window passes', async () => {
    await t.as('admin').post('/api/v1/users', { username: 'guessed', displayName: 'G', role: 'leader', password: TEST_PASSWORD });
    for (let i = 0; i < 5; i++) expect((await t.login('guessed', `wrong ${i}`)).status).toBe(401);
    const throttled = await t.login('guessed', TEST_PASSWORD);
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('too_many_attempts');
    const retryAfter = Number(throttled.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);

    // No permanent lockout: 15 minutes later the failures no longer count.
    await t.sql(`UPDATE login_attempt SET at = at - interval '16 minutes' WHERE username = 'guessed'`);
    expect((await t.login('guessed', TEST_PASSWORD)).status).toBe(200);
  });

  describeRaces('a burst of guesses', () => {
    beforeAll(async () => {
      await expectParallelSessions(t.sql);
    });

    it('counts parallel guesses one by one: a burst gets 5 tries, not 30', async () => {
      await t.as('admin').post('/api/v1/users', { username: 'burst', displayName: 'B', role: 'leader', password: TEST_PASSWORD });
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) => t.login('burst', `guess number ${i}`)));
      expect(results.filter((r) => r.status === 401)).toHaveLength(5);
      expect(results.filter((r) => r.status === 429)).toHaveLength(25);
      const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM login_attempt WHERE username = 'burst' AND outcome = 'bad_credentials'`);
      expect(n).toBe(5);
    });
  });

  it('throttles guessing per address across accounts', async () => {
    const local = await createTestApp({ env: { LOGIN_MAX_FAILURES_PER_ADDRESS: '3' } });
    try {
      for (const name of ['a', 'b', 'c']) expect((await local.login(`spray-${name}`, 'password guess')).status).toBe(401);
      const blocked = await local.login('leader');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await local.close();
    }
  });
});
