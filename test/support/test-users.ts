import type { DataSource } from 'typeorm';
import { FIXTURE_AGENCIES, FIXTURE_USERS, type FixtureUser } from './fixture-users.js';
import type { HttpResponse, TestUser } from './test-app.js';

/**
 * Signs in the fixture users the template already holds (one per role, see
 * fixture-users.ts), through the API as a client would.
 */
export async function signInFixtureUsers(
  dataSource: DataSource,
  login: (username: string) => Promise<HttpResponse>,
): Promise<{ users: Record<FixtureUser, TestUser>; agencies: { own: string; other: string } }> {
  const rows: { id: string; username: string }[] = await dataSource.query('SELECT id, username FROM app_user WHERE username = ANY($1)', [
    Object.keys(FIXTURE_USERS),
  ]);
  const users = {} as Record<FixtureUser, TestUser>;
  for (const { id, username } of rows) {
    const response = await login(username);
    if (response.status !== 200) throw new Error(`Signing in ${username} failed with ${response.status}: ${response.text}`);
    users[username as FixtureUser] = { id, username, accessToken: response.body.accessToken, refreshToken: response.body.refreshToken };
  }
  const agencyRows: { id: string; short_name: string }[] = await dataSource.query(
    'SELECT id, short_name FROM organization WHERE short_name = ANY($1)',
    [[FIXTURE_AGENCIES.own.shortName, FIXTURE_AGENCIES.other.shortName]],
  );
  const agencyId = (shortName: string) => agencyRows.find((row) => row.short_name === shortName)!.id;
  return { users, agencies: { own: agencyId(FIXTURE_AGENCIES.own.shortName), other: agencyId(FIXTURE_AGENCIES.other.shortName) } };
}
