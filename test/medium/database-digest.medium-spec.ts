import { SignInService } from '../../src/auth/sign-in.service.js';
import { UsersService } from '../../src/users/users.service.js';
import { digestedTables } from '../support/database-digest.js';
import { TEST_PASSWORD } from '../support/fixture-users.js';
import { createMedium, type Medium } from '../support/medium.js';

/** The digest behind every "a refusal changes nothing" assertion must itself be able to fail. */
describe('The database digest', () => {
  let m: Medium;
  beforeAll(async () => {
    m = await createMedium();
  });
  afterAll(async () => {
    await m.close();
  });

  /** Which tables' digests differ between two snapshots. */
  const changed = (before: Record<string, string>, after: Record<string, string>): string[] =>
    Object.keys(after).filter((table) => before[table] !== after[table]);

  it('covers every table of the catalog but the migrations list, accounts and sign-in included', async () => {
    const tables = await digestedTables(m.sql);
    expect(Object.keys(await m.snapshot())).toEqual(tables);
    expect(tables).not.toContain('schema_migration');
    expect(tables).toEqual(
      expect.arrayContaining([
        'app_user',
        'auth_session',
        'refresh_token',
        'login_attempt',
        'audit_entry',
        'idempotency_key',
        'organization',
        'person',
        'meeting',
        'meeting_attendee',
        'meeting_reviewed_directive',
        'speech',
        'directive',
        'directive_cooperating_organization',
        'directive_reminder',
        'directive_extension_request',
        'directive_progress_report',
        'notification',
        'digest_run',
        'digest_mail',
        'attachment',
        'attachment_chunk',
        'calendar_feed',
      ]),
    );
  });

  it('sees a sign-in in exactly the tables it writes', async () => {
    const before = await m.snapshot();
    await m.get(SignInService).login({
      username: 'leader',
      password: TEST_PASSWORD,
      ip: '192.0.2.1',
      deviceToken: undefined,
      requestId: 'digest-self-test',
      remember: false,
    });
    expect(changed(before, await m.snapshot()).sort()).toEqual(['audit_entry', 'auth_session', 'login_attempt', 'refresh_token']);
  });

  it('sees a refused password reset that still wrote, even when no row is added', async () => {
    const leader = (await m.sql(`SELECT id FROM app_user WHERE username = 'leader'`))[0].id;
    const admin = await m.actor('admin');
    const before = await m.snapshot();
    await expect(m.get(UsersService).resetPassword(leader, 'matkhau123', admin)).rejects.toMatchObject({ code: 'password_rejected' });
    expect(await m.snapshot()).toEqual(before);

    // What that refusal would leave behind had it written the hash before checking the password.
    await m.sql(`UPDATE app_user SET password_hash = 'not-the-old-hash' WHERE id = $1`, [leader]);
    expect(changed(before, await m.snapshot())).toEqual(['app_user']);
  });

  it('sees an idempotency key stored for a refused request', async () => {
    const secretariat = await m.actor('secretariat');
    const before = await m.snapshot();
    await m.sql(
      `INSERT INTO idempotency_key (user_id, key, request_hash, state) VALUES ($1, 'left-behind', repeat('0', 64), 'in_progress')`,
      [secretariat.userId],
    );
    expect(changed(before, await m.snapshot())).toEqual(['idempotency_key']);
  });
});
