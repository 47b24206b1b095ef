import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { Role } from '../../src/common/roles.js';
import { Organization } from '../../src/organizations/organization.entity.js';
import { User } from '../../src/users/user.entity.js';

export const TEST_PASSWORD = 'mật khẩu đủ dài để thử';

export type FixtureUser = 'admin' | 'secretariat' | 'leader' | 'department_head' | 'department_staff' | 'other_department_head';

/** The two agencies department users belong to, by short name. */
export const FIXTURE_AGENCIES = { own: { name: 'Sở của tôi', shortName: 'TEST-OWN' }, other: { name: 'Sở khác', shortName: 'TEST-OTHER' } };

/** One user per role; department users belong to the `own` agency, `other_department_head` to the other one. */
export const FIXTURE_USERS: Record<FixtureUser, { role: Role; agency: keyof typeof FIXTURE_AGENCIES | null; displayName: string }> = {
  admin: { role: 'admin', agency: null, displayName: 'Quản trị' },
  secretariat: { role: 'secretariat', agency: null, displayName: 'secretariat' },
  leader: { role: 'leader', agency: null, displayName: 'leader' },
  department_head: { role: 'department_head', agency: 'own', displayName: 'department_head' },
  department_staff: { role: 'department_staff', agency: 'own', displayName: 'department_staff' },
  other_department_head: { role: 'department_head', agency: 'other', displayName: 'other_department_head' },
};

/**
 * The fixture users share one argon2id hash of TEST_PASSWORD, made once per run
 * at the lowest cost argon2 allows. Verification reads the cost from the hash,
 * so each sign-in of a fixture user takes about a millisecond instead of the
 * production cost (some 300 ms on a busy CI machine, six times per test file).
 * Tests about passwords create their own users through the API, which hashes at
 * the production cost.
 */
function fixtureHash(): Promise<string> {
  return argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
}

/** Writes the fixture agencies and users into the migrated template, once per run: every copy starts with them. */
export async function seedFixtureUsers(dataSource: DataSource): Promise<void> {
  const passwordHash = await fixtureHash();
  await dataSource.transaction(async (em) => {
    const agencyIds: Record<string, string> = {};
    for (const [key, agency] of Object.entries(FIXTURE_AGENCIES)) {
      const inserted = await em.getRepository(Organization).insert({ ...agency, kind: 'department' });
      agencyIds[key] = (inserted.identifiers[0] as { id: string }).id;
    }
    for (const [username, user] of Object.entries(FIXTURE_USERS)) {
      await em.getRepository(User).insert({
        username,
        displayName: user.displayName,
        role: user.role,
        organizationId: user.agency ? agencyIds[user.agency]! : null,
        passwordHash,
      });
    }
  });
}
