import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../src/config/app-config.js';
import { createTestApp, TEST_PASSWORD, type HttpResponse, type TestApp } from '../support/test-app.js';
import { recordFigure } from './support/figures.js';

const TRIAL = 'JWT';
const ME = '/api/v1/auth/me';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const flip = (text: string, at: number) => `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;

/**
 * Every way of passing something else for an access token that we know of,
 * sent over HTTP as an attacker would: each is a 401 problem document that
 * says no more than "sign in first", the same for all, whatever was wrong.
 * (test/e2e/auth.e2e-spec.ts checks the common four case by case; this is the
 * whole catalogue, with the figures.)
 */
describe('Forged, altered and stale access tokens', () => {
  let t: TestApp;
  let config: AppConfig;
  let key: Uint8Array;
  /** The claims of the leader's real session, to forge around. */
  let real: { token: string; sub: string; sid: string; iss: string; aud: string };
  let refused: HttpResponse;

  beforeAll(async () => {
    t = await createTestApp();
    config = t.app.get<AppConfig>(APP_CONFIG);
    key = new TextEncoder().encode(config.auth.jwtSecret!);
    const token = t.users.leader.accessToken;
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
    real = { token, sub: claims.sub, sid: claims.sid, iss: config.auth.issuer, aud: config.auth.audience };
    refused = await t.anonymous.get(ME);
  });
  afterAll(async () => {
    await t?.close();
  });

  const payload = (changes: Record<string, unknown> = {}) =>
    JSON.parse(JSON.stringify({ sub: real.sub, sid: real.sid, iss: real.iss, aud: real.aud, iat: now(), exp: now() + 300, ...changes }));
  /** A token as text: any header, any payload, any signature. */
  const assembled = (header: unknown, claims: unknown, signature = '') => `${b64(header)}.${b64(claims)}.${signature}`;
  /** Signed with HMAC as the service signs (its key, HS256) unless told otherwise; the header and claims are anything. */
  const hmac = (header: Record<string, unknown>, claims: unknown, secret: string | Uint8Array = key, hash = 'sha256') => {
    const input = `${b64({ typ: 'JWT', alg: 'HS256', ...header })}.${b64(claims)}`;
    return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`;
  };
  const signed = (changes: Record<string, unknown> = {}, header: Record<string, unknown> = {}) => hmac(header, payload(changes));

  /** How an answer differs from the refusal every case must give: the same problem document as no token at all, bar the request's own id. */
  function differences(response: HttpResponse): string[] {
    const strip = (body: unknown) => ({ ...(body as Record<string, unknown>), requestId: undefined });
    return [
      ...(response.status === 401 ? [] : [`status ${response.status}`]),
      ...(/^application\/problem\+json/.test(response.headers['content-type'] ?? '')
        ? []
        : [`content-type ${response.headers['content-type']}`]),
      ...(response.headers['www-authenticate'] === 'Bearer' ? [] : [`www-authenticate ${response.headers['www-authenticate']}`]),
      ...(JSON.stringify(strip(response.body)) === JSON.stringify(strip(refused.body)) ? [] : [`body ${response.text}`]),
    ];
  }

  function expectRefused(response: HttpResponse, name: string): void {
    expect({ name, differences: differences(response) }).toEqual({ name, differences: [] });
  }

  it('refuses every forged token the same way, and accepts the genuine one beside them', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rsaJwk = rsa.publicKey.export({ format: 'jwk' });
    const rsaPem = rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const rs256 = (header: Record<string, unknown>, claims: unknown) => {
      const input = `${b64({ alg: 'RS256', typ: 'JWT', ...header })}.${b64(claims)}`;
      return `${input}.${createSign('RSA-SHA256').update(input).sign(rsa.privateKey).toString('base64url')}`;
    };
    const [realHeader, realPayload, realSignature] = real.token.split('.') as [string, string, string];
    const otherSession = (
      await t.sql(`SELECT id::text AS id FROM auth_session WHERE user_id = $1 AND revoked_at IS NULL LIMIT 1`, [t.users.admin.id])
    )[0].id as string;
    const loginBody = (await t.login('department_staff')).body;

    const cases: Record<string, () => string> = {
      'alg none, no signature': () => assembled({ alg: 'none', typ: 'JWT' }, payload()),
      'alg None, no signature': () => assembled({ alg: 'None', typ: 'JWT' }, payload()),
      'alg NONE, the genuine signature kept': () => assembled({ alg: 'NONE' }, payload(), realSignature),
      'alg none in the genuine token, its signature kept': () => `${b64({ alg: 'none', typ: 'JWT' })}.${realPayload}.${realSignature}`,
      'HS512 with the service key (changed algorithm)': () => hmac({ alg: 'HS512' }, payload(), key, 'sha512'),
      'HS384 with the service key (changed algorithm)': () => hmac({ alg: 'HS384' }, payload(), key, 'sha384'),
      'HS512 header on an HS256 signature': () => hmac({ alg: 'HS512' }, payload()),
      'RS256 signed with an attacker key': () => rs256({}, payload()),
      'RS256 with the attacker public key embedded (jwk header)': () => rs256({ jwk: rsaJwk }, payload()),
      'HS256 signed with an attacker public key (PEM) as the HMAC secret (RS/HS confusion)': () => hmac({ jwk: rsaJwk }, payload(), rsaPem),
      'HS256 signed with a guessed secret': () => hmac({}, payload(), 'secret'),
      'HS256 signed with the issuer name as the secret': () => hmac({}, payload(), real.iss),
      'HS256 signed with an empty secret': () => hmac({}, payload(), ''),
      'expired a second ago': () => signed({ exp: now() - 1 }),
      'expired a day ago': () => signed({ exp: now() - 86_400, iat: now() - 90_000 }),
      'not valid yet (nbf in an hour)': () => signed({ nbf: now() + 3600 }),
      'no expiry': () => signed({ exp: undefined }),
      'wrong issuer': () => signed({ iss: 'someone-else' }),
      'wrong audience': () => signed({ aud: 'chi-dao-device' }),
      'no session claim': () => signed({ sid: undefined }),
      'a session id that is not a UUID': () => signed({ sid: "x' OR '1'='1" }),
      'a subject that is not a UUID': () => signed({ sub: 'admin' }),
      'a numeric subject': () => signed({ sub: 12 }),
      'no subject': () => signed({ sub: undefined }),
      'an array audience without the service': () => signed({ aud: ['chi-dao-device', 'someone-else'] }),
      "another user's session": () => signed({ sid: otherSession }),
      'a session that never existed': () => signed({ sid: '00000000-0000-4000-8000-000000000000' }),
      'payload tampered: subject changed to the admin, signature kept': () =>
        `${realHeader}.${b64({ ...JSON.parse(Buffer.from(realPayload, 'base64url').toString('utf8')), sub: t.users.admin.id })}.${realSignature}`,
      'payload tampered: expiry extended, signature kept': () =>
        `${realHeader}.${b64({ ...JSON.parse(Buffer.from(realPayload, 'base64url').toString('utf8')), exp: now() + 86_400 * 365 })}.${realSignature}`,
      'header tampered: kid added, signature kept': () => `${b64({ alg: 'HS256', typ: 'JWT', kid: 'x' })}.${realPayload}.${realSignature}`,
      'signature stripped': () => `${realHeader}.${realPayload}.`,
      'signature of another genuine token': () => `${realHeader}.${realPayload}.${t.users.admin.accessToken.split('.')[2]}`,
      // A middle character: the last one of a base64url signature carries two unused bits, so changing it may change nothing.
      'signature with one character changed': () => `${realHeader}.${realPayload}.${flip(realSignature, 20)}`,
      'payload with one character changed': () => `${realHeader}.${flip(realPayload, 10)}.${realSignature}`,
      'a refresh token used as an access token': () => loginBody.refreshToken as string,
      'a device token used as an access token': () => loginBody.deviceToken as string,
      'a JWE-shaped token (five parts)': () => `${realHeader}.${realPayload}.${realSignature}.x.y`,
      'two parts only': () => `${realHeader}.${realPayload}`,
      'crit header the service does not know': () => signed({}, { crit: ['x-chidao'], 'x-chidao': true }),
      'b64: false (unencoded payload)': () => signed({}, { b64: false, crit: ['b64'] }),
      'an empty token': () => '..',
    };

    let accepted = 0;
    const wrong: Record<string, string[]> = {};
    for (const [name, make] of Object.entries(cases)) {
      const response = await t.anonymous.request('GET', ME, { headers: bearer(make()) });
      if (response.status < 400) accepted++;
      const found = differences(response);
      if (found.length > 0) wrong[name] = found;
    }
    recordFigure({ trial: TRIAL, name: 'forged-token cases tried', value: Object.keys(cases).length });
    recordFigure({ trial: TRIAL, name: 'forged tokens accepted', value: accepted, expected: '0' });
    recordFigure({ trial: TRIAL, name: 'refusals other than the plain 401', value: Object.keys(wrong).length, expected: '0' });
    expect(wrong).toEqual({});

    // The refusals are the tokens' fault, not the harness's: the genuine token, and one signed as the service signs, pass.
    expect((await t.anonymous.request('GET', ME, { headers: bearer(real.token) })).status).toBe(200);
    expect((await t.anonymous.request('GET', ME, { headers: bearer(signed()) })).status).toBe(200);
  });

  /**
   * The service remembers a verified token until it expires (access-tokens.ts)
   * but reads its session on every request: each way a session ends refuses
   * the very token it accepted, and had remembered, a moment before.
   */
  describe('a token already accepted (and remembered) is refused as soon as its session ends', () => {
    let ended = 0;
    afterAll(() => {
      recordFigure({ trial: TRIAL, name: 'ended sessions whose remembered token was refused at once', value: ended, expected: 'all (5)' });
    });

    async function signedIn(username: string): Promise<{ token: string; userId: string; sessionId: string }> {
      const login = await t.login(username);
      expect(login.status).toBe(200);
      const token = login.body.accessToken as string;
      // Twice: the second answer comes from the remembered verification.
      for (let i = 0; i < 2; i++) expect((await t.anonymous.request('GET', ME, { headers: bearer(token) })).status).toBe(200);
      const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
      return { token, userId: claims.sub, sessionId: claims.sid };
    }

    async function newUser(username: string): Promise<string> {
      const created = await t
        .as('admin')
        .post('/api/v1/users', { username, displayName: username, role: 'leader', password: TEST_PASSWORD });
      expect(created.status).toBe(201);
      return username;
    }

    const stillRefused = async (token: string, name: string) => {
      expectRefused(await t.anonymous.request('GET', ME, { headers: bearer(token) }), name);
      ended++;
    };

    it('on logout', async () => {
      const session = await signedIn(await newUser('jwt-logout'));
      expect((await t.anonymous.request('POST', '/api/v1/auth/logout', { headers: bearer(session.token) })).status).toBe(204);
      await stillRefused(session.token, 'logout');
    });

    it('when the session is revoked in the database (no request of the service involved)', async () => {
      const session = await signedIn(await newUser('jwt-revoked'));
      await t.sql(`UPDATE auth_session SET revoked_at = now(), revoked_reason = 'test' WHERE id = $1`, [session.sessionId]);
      await stillRefused(session.token, 'revoked');
    });

    it('when the session has passed its own end, though the token has not', async () => {
      const session = await signedIn(await newUser('jwt-session-ended'));
      await t.sql(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [session.sessionId]);
      await stillRefused(session.token, 'session expired');
    });

    it('when an administrator disables the user', async () => {
      const session = await signedIn(await newUser('jwt-disabled'));
      const user = await t.as('admin').get(`/api/v1/users/${session.userId}`);
      const disabled = await t.as('admin').patch(`/api/v1/users/${session.userId}`, { active: false }, { 'if-match': user.headers.etag! });
      expect(disabled.status).toBe(200);
      await stillRefused(session.token, 'user disabled');
    });

    it("when an administrator resets the user's password", async () => {
      const session = await signedIn(await newUser('jwt-reset'));
      const reset = await t.as('admin').post(`/api/v1/users/${session.userId}/password`, { password: `${TEST_PASSWORD}-new` });
      expect(reset.status).toBe(204);
      await stillRefused(session.token, 'password reset');
    });
  });
});
