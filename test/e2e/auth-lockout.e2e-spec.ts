import { SignJWT } from 'jose';
import { DEVELOPMENT_JWT_SECRET } from '../../src/config/app-config.js';
import { createTestApp, TEST_PASSWORD, type HttpResponse, type TestApp } from '../support/test-app.js';

/**
 * Strangers must not be able to lock an account's owner out, and guessing must
 * stay as slow as ever. The app trusts one proxy hop, so each request can say
 * which client address it comes from in X-Forwarded-For.
 */
describe('Signing in while strangers guess the password', () => {
  let t: TestApp;
  let accounts = 0;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '1', LOGIN_MAX_FAILURES_PER_ADDRESS: '10' } });
  });
  afterAll(async () => {
    await t.close();
  });

  const newAccount = async (): Promise<string> => {
    const username = `owner-${++accounts}`;
    const created = await t.as('admin').post('/api/v1/users', { username, displayName: username, role: 'leader', password: TEST_PASSWORD });
    expect(created.status).toBe(201);
    return username;
  };
  const signIn = (
    username: string,
    password: string,
    from: string,
    client: { deviceToken?: string; cookie?: string; headers?: Record<string, string> } = {},
  ): Promise<HttpResponse> =>
    t.anonymous.request('POST', '/api/v1/auth/login', {
      body: { username, password, ...(client.deviceToken === undefined ? {} : { deviceToken: client.deviceToken }) },
      headers: {
        'x-forwarded-for': from,
        ...(client.cookie === undefined ? {} : { cookie: `chidao_device=${client.cookie}` }),
        ...client.headers,
      },
    });
  const signedIn = async (username: string, from: string): Promise<{ deviceToken: string; accessToken: string; cookie: string }> => {
    const response = await signIn(username, TEST_PASSWORD, from);
    expect(response.status).toBe(200);
    const cookie = /chidao_device=([^;]+)/.exec(response.headers['set-cookie'] ?? '')?.[1] ?? '';
    return { deviceToken: response.body.deviceToken, accessToken: response.body.accessToken, cookie };
  };
  /** Five wrong passwords, each from a different address nobody has signed in from. */
  const strangersGuess = async (username: string, net: string): Promise<void> => {
    for (let i = 1; i <= 5; i++) expect((await signIn(username, `guess number ${i}`, `${net}.${i}`)).status).toBe(401);
  };

  it('lets the owner in from an address they signed in from before, while five strangers have locked everyone else out', async () => {
    const owner = await newAccount();
    await signedIn(owner, '203.0.113.10');
    await strangersGuess(owner, '198.51.100');

    expect((await signIn(owner, TEST_PASSWORD, '198.51.100.6')).status).toBe(429);
    expect((await signIn(owner, TEST_PASSWORD, '203.0.113.10')).status).toBe(200);
    const [last] = await t.sql(`SELECT ip, trust, outcome FROM login_attempt WHERE username = $1 ORDER BY id DESC LIMIT 1`, [owner]);
    expect(last).toEqual({ ip: '203.0.113.10', trust: 'address', outcome: 'success' });
  });

  it('lets the owner in from an address never seen before when they bring the device token of an earlier sign-in', async () => {
    const owner = await newAccount();
    const device = await signedIn(owner, '203.0.113.20');
    expect(device.cookie).toBe(device.deviceToken);
    await strangersGuess(owner, '198.51.101');

    expect((await signIn(owner, TEST_PASSWORD, '192.0.2.21')).status).toBe(429);
    expect((await signIn(owner, TEST_PASSWORD, '192.0.2.22', { deviceToken: device.deviceToken })).status).toBe(200);
    expect((await signIn(owner, TEST_PASSWORD, '192.0.2.23', { cookie: device.cookie })).status).toBe(200);
  });

  it('keeps guessing from unknown addresses as slow as before: after 5 failures even the right password gets 429 for 15 minutes', async () => {
    const owner = await newAccount();
    await signedIn(owner, '203.0.113.30');
    await strangersGuess(owner, '198.51.102');

    const wrong = await signIn(owner, 'guess number 6', '198.51.102.6');
    const right = await signIn(owner, TEST_PASSWORD, '198.51.102.7');
    for (const refused of [wrong, right]) {
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('too_many_attempts');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(800);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(900);
    }
    // The owner signing in meanwhile does not give the guesser five new tries.
    expect((await signIn(owner, TEST_PASSWORD, '203.0.113.30')).status).toBe(200);
    expect((await signIn(owner, 'guess number 7', '198.51.102.8')).status).toBe(429);
    const [{ failures }] = await t.sql(
      `SELECT count(*)::int AS failures FROM login_attempt WHERE username = $1 AND outcome = 'bad_credentials'`,
      [owner],
    );
    expect(failures).toBe(5);

    await t.sql(`UPDATE login_attempt SET at = at - interval '16 minutes' WHERE username = $1`, [owner]);
    expect((await signIn(owner, TEST_PASSWORD, '198.51.102.9')).status).toBe(200);
  });

  it('stops one address spraying guesses over many accounts, except for a device that signed in to its account before', async () => {
    const owner = await newAccount();
    const device = await signedIn(owner, '198.18.0.1');
    for (let i = 0; i < 10; i++) expect((await signIn(`sprayed-${i}`, 'password guess', '198.18.0.1')).status).toBe(401);

    const untouched = await newAccount();
    const blocked = await signIn(untouched, TEST_PASSWORD, '198.18.0.1');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(800);
    // A known address is the same address: it waits too. A device token is the owner's own proof.
    expect((await signIn(owner, TEST_PASSWORD, '198.18.0.1')).status).toBe(429);
    expect((await signIn(owner, TEST_PASSWORD, '198.18.0.1', { deviceToken: device.deviceToken })).status).toBe(200);
    expect((await signIn(untouched, TEST_PASSWORD, '198.18.0.2')).status).toBe(200);
  });

  it('makes a known address, and a known device, wait after 5 failures of their own', async () => {
    const owner = await newAccount();
    await signedIn(owner, '203.0.113.40');
    for (let i = 1; i <= 5; i++) expect((await signIn(owner, `typo ${i}`, '203.0.113.40')).status).toBe(401);
    expect((await signIn(owner, TEST_PASSWORD, '203.0.113.40')).status).toBe(429);

    // Another origin of the owner is not held up by this one.
    await t.sql(`UPDATE login_attempt SET at = at - interval '16 minutes' WHERE username = $1`, [owner]);
    const device = await signedIn(owner, '203.0.113.41');
    for (let i = 1; i <= 5; i++)
      expect((await signIn(owner, `typo ${i}`, '192.0.2.41', { deviceToken: device.deviceToken })).status).toBe(401);
    expect((await signIn(owner, TEST_PASSWORD, '192.0.2.42', { deviceToken: device.deviceToken })).status).toBe(429);
    expect((await signIn(owner, TEST_PASSWORD, '203.0.113.41')).status).toBe(200);
  });

  it('gives no trust to a device token that was altered, issued to another account, or is not a device token', async () => {
    const owner = await newAccount();
    const other = await newAccount();
    const own = await signedIn(owner, '203.0.113.50');
    const foreign = await signedIn(other, '203.0.113.51');
    const ownerId = (await t.sql(`SELECT id FROM app_user WHERE username = $1`, [owner]))[0].id as string;
    await strangersGuess(owner, '198.51.103');

    // The other account's token, relabelled for this account but keeping its signature.
    const [header, payload, signature] = foreign.deviceToken.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const relabelled = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: ownerId })).toString('base64url')}.${signature}`;
    // The same claims signed with the access-token key instead of the device key.
    const accessKeySigned = await new SignJWT({ ...claims, sub: ownerId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET));
    // One character of the signature changed: its first, since the last one carries two unused bits and can change nothing.
    const [ownHeader, ownPayload, ownSignature] = own.deviceToken.split('.') as [string, string, string];
    const badSignature = `${ownHeader}.${ownPayload}.${ownSignature[0] === 'A' ? 'B' : 'A'}${ownSignature.slice(1)}`;
    const candidates = { relabelled, accessKeySigned, badSignature, foreign: foreign.deviceToken, accessToken: own.accessToken, junk: 'x' };

    const statuses = Object.fromEntries(
      await Promise.all(
        Object.entries(candidates).map(
          async ([name, deviceToken], i) => [name, (await signIn(owner, TEST_PASSWORD, `192.0.2.5${i}`, { deviceToken })).status] as const,
        ),
      ),
    );
    expect(statuses).toEqual({ relabelled: 429, accessKeySigned: 429, badSignature: 429, foreign: 429, accessToken: 429, junk: 429 });
    expect((await signIn(owner, TEST_PASSWORD, '192.0.2.59', { deviceToken: own.deviceToken })).status).toBe(200);
  });

  it('forgets an address 90 days after the last sign-in from it', async () => {
    const owner = await newAccount();
    await signedIn(owner, '203.0.113.60');
    await t.sql(`UPDATE auth_session SET created_at = created_at - interval '91 days' WHERE ip = '203.0.113.60'`);
    await strangersGuess(owner, '198.51.104');
    expect((await signIn(owner, TEST_PASSWORD, '203.0.113.60')).status).toBe(429);
  });

  it('hands the device token out as an HttpOnly, SameSite=Strict cookie for the sign-in route only, Secure behind HTTPS', async () => {
    const owner = await newAccount();
    const plain = await signIn(owner, TEST_PASSWORD, '203.0.113.70');
    expect(plain.headers['set-cookie']).toBe(
      `chidao_device=${plain.body.deviceToken}; Max-Age=7776000; Path=/api/v1/auth/login; HttpOnly; SameSite=Strict`,
    );
    const https = await signIn(owner, TEST_PASSWORD, '203.0.113.70', { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers['set-cookie']).toMatch(/; Secure(;|$)/);
  });

  it('withdraws the trust of devices that signed in under a password since reset', async () => {
    const owner = await newAccount();
    const before = await signedIn(owner, '203.0.113.80');
    const { id } = (await t.sql(`SELECT id FROM app_user WHERE username = $1`, [owner]))[0];
    // A second later than the token, so that the reset is strictly after it.
    await t.sql(`UPDATE app_user SET password_changed_at = now() + interval '2 seconds' WHERE id = $1`, [id]);
    for (let i = 1; i <= 5; i++) {
      expect((await signIn(owner, `guess ${i}`, `192.0.2.${80 + i}`, { deviceToken: before.deviceToken })).status).toBe(401);
    }
    // Counted as a stranger: the account's count is spent, the old device earns no allowance of its own.
    expect((await signIn(owner, `guess 6`, '192.0.2.90', { deviceToken: before.deviceToken })).status).toBe(429);
    const trusts = await t.sql(`SELECT DISTINCT trust FROM login_attempt WHERE username = $1 AND outcome <> 'success'`, [owner]);
    expect(trusts).toEqual([{ trust: 'none' }]);
  });

  it('gives the devices of one account a shared allowance however many tokens someone collects', async () => {
    const owner = await newAccount();
    const tokens: string[] = [];
    for (let i = 1; i <= 5; i++) tokens.push((await signedIn(owner, `203.0.113.${100 + i}`)).deviceToken);
    let refusedAt = 0;
    for (const [d, token] of tokens.entries()) {
      for (let i = 1; i <= 5; i++) {
        const response = await signIn(owner, `guess ${d}.${i}`, '192.0.2.120', { deviceToken: token });
        if (response.status === 429 && refusedAt === 0) refusedAt = d * 5 + i;
      }
    }
    // 4 devices × 5 failures, then even a fresh device of the account waits.
    expect(refusedAt).toBe(21);
  });
});
