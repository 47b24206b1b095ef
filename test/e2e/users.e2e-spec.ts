import { describeRaces, expectParallelSessions } from '../support/races.js';
import { createTestApp, ifMatch, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

describe('Managing users (admin)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const admin = () => t.as('admin');

  it('creates a user whose password is stored as argon2id, never returned', async () => {
    const created = await admin().post('/api/v1/users', {
      username: 'bqlkkt.nguyen',
      displayName: 'Nguyễn Văn Bình',
      role: 'department_staff',
      organizationId: t.agencies.own,
      password: 'một câu mật khẩu dài',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'bqlkkt.nguyen',
      role: 'department_staff',
      active: true,
      organization: { id: t.agencies.own },
    });
    expect(created.text).not.toMatch(/password|argon/i);
    const [row] = await t.sql('SELECT password_hash FROM app_user WHERE id = $1', [created.body.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect((await t.login('BQLKKT.Nguyen', 'một câu mật khẩu dài')).status).toBe(200);
  });

  it('refuses weak passwords, taken usernames and agency roles without an agency', async () => {
    const base = { displayName: 'X', role: 'leader', password: TEST_PASSWORD };
    const before = await t.snapshot();
    const weak = await admin().post('/api/v1/users', { ...base, username: 'weak1', password: 'matkhau123' });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({
      code: 'password_rejected',
      errors: [{ field: 'password', message: expect.stringContaining('common') }],
    });
    const short = await admin().post('/api/v1/users', { ...base, username: 'weak2', password: 'ngắn' });
    expect(short.body.errors[0].message).toContain('at least 8 characters');
    const taken = await admin().post('/api/v1/users', { ...base, username: 'LEADER' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('username_taken');
    const noAgency = await admin().post('/api/v1/users', { ...base, username: 'head2', role: 'department_head' });
    expect(noAgency.status).toBe(422);
    expect(noAgency.body.code).toBe('user_organization_required');
    expect(await t.snapshot()).toEqual(before);
  });

  it('keeps an optional e-mail address for the daily digest: checked, shown, shareable, cleared with null', async () => {
    const base = { displayName: 'Văn thư', role: 'department_staff', organizationId: t.agencies.own, password: TEST_PASSWORD };
    const before = await t.snapshot();
    const bad = await admin().post('/api/v1/users', { ...base, username: 'vanthu.bad', email: 'vanthu@' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'email', message: 'email must be an e-mail address' }]);
    expect(await t.snapshot()).toEqual(before);

    const first = await admin().post('/api/v1/users', { ...base, username: 'vanthu.a', email: 'vanthu@sotoi.gov.vn' });
    expect([first.status, first.body.email]).toEqual([201, 'vanthu@sotoi.gov.vn']);
    // A department's shared mailbox may serve several accounts.
    const second = await admin().post('/api/v1/users', { ...base, username: 'vanthu.b', email: 'vanthu@sotoi.gov.vn' });
    expect([second.status, second.body.email]).toEqual([201, 'vanthu@sotoi.gov.vn']);
    expect((await admin().post('/api/v1/users', { ...base, username: 'vanthu.c' })).body.email).toBeNull();

    const cleared = await admin().patch(`/api/v1/users/${first.body.id}`, { email: null }, ifMatch(1));
    expect([cleared.status, cleared.body.email]).toEqual([200, null]);
    const invalid = await admin().patch(`/api/v1/users/${first.body.id}`, { email: 'không phải địa chỉ' }, ifMatch(2));
    expect(invalid.status).toBe(400);
  });

  it('disabling a user ends all their sessions at once', async () => {
    const created = await admin().post('/api/v1/users', { username: 'leaving', displayName: 'L', role: 'leader', password: TEST_PASSWORD });
    const [one, two] = [(await t.login('leaving')).body, (await t.login('leaving')).body];
    const headers = (token: string) => ({ authorization: `Bearer ${token}` });
    expect((await t.anonymous.request('GET', '/api/v1/meetings', { headers: headers(one.accessToken) })).status).toBe(200);

    const disabled = await admin().patch(`/api/v1/users/${created.body.id}`, { active: false }, ifMatch(1));
    expect(disabled.status).toBe(200);
    expect(disabled.body.active).toBe(false);
    for (const token of [one.accessToken, two.accessToken]) {
      expect((await t.anonymous.request('GET', '/api/v1/meetings', { headers: headers(token) })).status).toBe(401);
    }
    expect((await t.anonymous.post('/api/v1/auth/refresh', { refreshToken: two.refreshToken })).status).toBe(401);
    expect((await t.login('leaving')).status).toBe(401);
  });

  it('changes a role with effect on the next request, and resets a password', async () => {
    const created = await admin().post('/api/v1/users', {
      username: 'promoted',
      displayName: 'P',
      role: 'leader',
      password: TEST_PASSWORD,
    });
    const tokens = (await t.login('promoted')).body;
    const headers = { authorization: `Bearer ${tokens.accessToken}` };
    expect((await t.anonymous.request('GET', '/api/v1/users', { headers })).status).toBe(403);
    expect((await admin().patch(`/api/v1/users/${created.body.id}`, { role: 'admin' }, ifMatch(1))).status).toBe(200);
    expect((await t.anonymous.request('GET', '/api/v1/users', { headers })).status).toBe(200);

    const reset = await admin().post(`/api/v1/users/${created.body.id}/password`, { password: 'một mật khẩu mới hoàn toàn' });
    expect(reset.status).toBe(204);
    expect((await t.anonymous.request('GET', '/api/v1/users', { headers })).status).toBe(401);
    expect((await t.login('promoted')).status).toBe(401);
    expect((await t.login('promoted', 'một mật khẩu mới hoàn toàn')).status).toBe(200);
  });

  describeRaces('sign-ins racing a password reset', () => {
    beforeAll(async () => {
      await expectParallelSessions(t.sql);
    });

    it('leaves no session alive when a password is reset while its owner keeps signing in', async () => {
      const created = await admin().post('/api/v1/users', {
        username: 'stolen',
        displayName: 'S',
        role: 'leader',
        password: TEST_PASSWORD,
      });
      const signIns = Array.from({ length: 8 }, () => t.login('stolen'));
      const reset = admin().post(`/api/v1/users/${created.body.id}/password`, { password: 'mật khẩu mới sau sự cố' });
      const [results, resetAnswer] = await Promise.all([Promise.all(signIns), reset]);
      expect(resetAnswer.status).toBe(204);
      for (const result of results.filter((r) => r.status === 200)) {
        const check = await t.anonymous.request('GET', '/api/v1/auth/me', {
          headers: { authorization: `Bearer ${result.body.accessToken}` },
        });
        expect(check.status).toBe(401);
        expect((await t.anonymous.post('/api/v1/auth/refresh', { refreshToken: result.body.refreshToken })).status).toBe(401);
      }
    });
  });

  it('never leaves the office without an active admin', async () => {
    const office = await createTestApp(); // its only admin is the one created at set-up
    try {
      const me = office.users.admin.id;
      const current = await office.as('admin').get(`/api/v1/users/${me}`);
      const before = await office.snapshot();
      const disabled = await office.as('admin').patch(`/api/v1/users/${me}`, { active: false }, { 'if-match': current.headers.etag! });
      expect(disabled.status).toBe(409);
      expect(disabled.body.code).toBe('last_admin');
      const demoted = await office.as('admin').patch(`/api/v1/users/${me}`, { role: 'leader' }, { 'if-match': current.headers.etag! });
      expect(demoted.status).toBe(409);
      expect(await office.snapshot()).toEqual(before);
    } finally {
      await office.close();
    }
  });

  it('lists users by role and agency', async () => {
    const heads = await admin().get(`/api/v1/users?role=department_head&organizationId=${t.agencies.own}`);
    expect(heads.body.items.map((u: { username: string }) => u.username)).toEqual(['department_head']);
  });
});
