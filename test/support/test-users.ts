import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { UsersService } from '../../src/users/users.service.js';
import type { HttpResponse, RequestOptions, TestRole, TestUser } from './test-app.js';
import { TEST_PASSWORD } from './test-app.js';

type Send = (method: string, url: string, opts?: RequestOptions) => Promise<HttpResponse>;

function ok(response: HttpResponse, status: number, what: string): HttpResponse {
  if (response.status !== status) throw new Error(`${what}: expected ${status}, got ${response.status}: ${response.text}`);
  return response;
}

/**
 * One user per role, created the way a real office would: the first admin by
 * the service itself, everyone else by that admin through the API.
 */
export async function createTestUsers(
  app: NestFastifyApplication,
  send: Send,
  login: (username: string) => Promise<HttpResponse>,
): Promise<{ users: Record<TestRole, TestUser>; agencies: { own: string; other: string } }> {
  await app
    .get(UsersService)
    .createUser({ username: 'admin', displayName: 'Quản trị', role: 'admin', password: TEST_PASSWORD }, { system: 'test-setup' });
  const adminTokens = ok(await login('admin'), 200, 'admin login').body;
  const asAdmin = (method: string, url: string, body: unknown) =>
    send(method, url, { body, headers: { authorization: `Bearer ${adminTokens.accessToken}` } });

  const agency = async (name: string, shortName: string) =>
    ok(await asAdmin('POST', '/api/v1/organizations', { name, shortName, kind: 'department' }), 201, name).body.id as string;
  const agencies = { own: await agency('Sở của tôi', 'TEST-OWN'), other: await agency('Sở khác', 'TEST-OTHER') };

  const specs: [TestRole, string, string | null][] = [
    ['secretariat', 'secretariat', null],
    ['leader', 'leader', null],
    ['department_head', 'department_head', agencies.own],
    ['department_staff', 'department_staff', agencies.own],
    ['other_department_head', 'department_head', agencies.other],
  ];
  const users = { admin: { id: '', username: 'admin', ...adminTokens } } as Record<TestRole, TestUser>;
  const me = ok(await send('GET', '/api/v1/auth/me', { headers: { authorization: `Bearer ${adminTokens.accessToken}` } }), 200, 'me').body;
  users.admin.id = me.id;
  for (const [key, role, organizationId] of specs) {
    const created = ok(
      await asAdmin('POST', '/api/v1/users', { username: key, displayName: key, role, organizationId, password: TEST_PASSWORD }),
      201,
      `user ${key}`,
    ).body;
    const tokens = ok(await login(key), 200, `login ${key}`).body;
    users[key] = { id: created.id, username: key, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
  }
  return { users, agencies };
}
