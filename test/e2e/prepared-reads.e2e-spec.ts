import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { createMeeting } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Closes every connection the pool holds, so that the next request opens a new one. */
async function replacePoolConnections(t: TestApp): Promise<void> {
  const driver = t.app.get(DataSource).driver as PostgresDriver;
  const held: [PoolClient, (error?: Error) => void][] = [];
  for (let i = 0; i < (driver.master as { totalCount: number }).totalCount; i++) {
    held.push((await driver.obtainMasterConnection()) as [PoolClient, (error?: Error) => void]);
  }
  // Released with an error, a connection is closed instead of kept.
  for (const [, release] of held) release(new Error('replaced by the test'));
}

describe('Reads by named prepared statement', () => {
  let t: TestApp;
  let meeting: any;
  beforeAll(async () => {
    t = await createTestApp();
    meeting = await createMeeting(t, {
      directives: [{ title: 'Hoàn thiện hồ sơ', leadOrganizationId: t.agencies.own, cooperatingOrganizationIds: [t.agencies.other] }],
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('still answer after the pool replaces its connection (the embedded database keeps the statements of the old one)', async () => {
    const directiveId = meeting.directives[0].id as string;
    const urls = [`/api/v1/directives/${directiveId}`, `/api/v1/meetings/${meeting.id}`, '/api/v1/directives?limit=5'];
    const first = await Promise.all(urls.map((url) => t.as('department_head').get(url)));
    expect(first.map((answer) => answer.status)).toEqual([200, 200, 200]);

    await replacePoolConnections(t);

    const again = await Promise.all(urls.map((url) => t.as('department_head').get(url)));
    expect(again.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(again.map((answer) => answer.text)).toEqual(first.map((answer) => answer.text));
  });

  it('still answer when the session forgot the statements a connection had prepared', async () => {
    const directiveId = meeting.directives[0].id as string;
    const urls = [`/api/v1/directives/${directiveId}`, `/api/v1/meetings/${meeting.id}`, '/api/v1/directives?limit=5'];
    const first = await Promise.all(urls.map((url) => t.as('department_head').get(url)));
    expect(first.map((answer) => answer.status)).toEqual([200, 200, 200]);

    // Behind the connections' backs: each still believes its statements prepared.
    const driver = t.app.get(DataSource).driver as PostgresDriver;
    const held: [PoolClient, () => void][] = [];
    for (let i = 0; i < (driver.master as { totalCount: number }).totalCount; i++) {
      held.push((await driver.obtainMasterConnection()) as [PoolClient, () => void]);
    }
    for (const [client] of held) await client.query('DEALLOCATE ALL');
    for (const [, release] of held) release();

    for (let round = 0; round < 2; round++) {
      const again = await Promise.all(urls.map((url) => t.as('department_head').get(url)));
      expect(again.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(again.map((answer) => answer.text)).toEqual(first.map((answer) => answer.text));
    }
  });
});
