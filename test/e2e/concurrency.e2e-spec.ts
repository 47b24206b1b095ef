import { createMeeting, createOrganization } from '../support/factories.js';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/common/canonical-json.js';
import { describeRaces, expectParallelSessions } from '../support/races.js';
import { createTestApp, ifMatch, type TestApp } from '../support/test-app.js';

/** The hash the service keys a POST /people request by (method, path, canonical body). */
async function requestHashOf(body: unknown): Promise<string> {
  return createHash('sha256')
    .update(`POST /api/v1/people ${canonicalJson(body)}`)
    .digest('hex');
}

describe('No lost updates, no duplicate creations', () => {
  let t: TestApp;
  let lead: { id: string };
  beforeAll(async () => {
    t = await createTestApp();
    lead = await createOrganization(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describeRaces('requests racing for one row', () => {
    beforeAll(async () => {
      await expectParallelSessions(t.sql);
    });

    it('50 parallel updates with the same If-Match: one 200, 49 × 412, one audit entry, the winner’s values', async () => {
      const meeting = await createMeeting(t, { directives: [{ title: 'Ban đầu', leadOrganizationId: lead.id, dueDate: '2024-06-30' }] });
      const id = meeting.directives[0].id;
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          t.patch(
            `/api/v1/directives/${id}`,
            { title: `Phiên bản ${i}`, dueDate: `2024-07-${String((i % 28) + 1).padStart(2, '0')}` },
            ifMatch(1),
          ),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(49);
      const winner = results.find((r) => r.status === 200)!.body;
      const losers = results.filter((r) => r.status === 412);
      expect(losers.every((r) => r.body.code === 'version_mismatch' && r.headers.etag === 'W/"2"')).toBe(true);

      const stored = await t.get(`/api/v1/directives/${id}`);
      expect(stored.body).toMatchObject({ title: winner.title, dueDate: winner.dueDate, version: 2 });
      const entries = await t.sql(`SELECT action FROM audit_entry WHERE entity_id = $1 AND action = 'directive.update'`, [id]);
      expect(entries).toHaveLength(1);
    });

    it('20 parallel identical POST /meetings with one Idempotency-Key create exactly one meeting', async () => {
      const body = {
        title: 'Họp một lần thôi',
        startsAt: '2024-04-01T08:00:00+07:00',
        directives: [{ title: 'Việc', leadOrganizationId: lead.id }],
      };
      const headers = { 'idempotency-key': 'c0ffee00-1111-4222-8333-444455556666' };
      const results = await Promise.all(Array.from({ length: 20 }, () => t.post('/api/v1/meetings', body, headers)));
      expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
      const created = results.filter((r) => r.status === 201);
      expect(created.length).toBeGreaterThanOrEqual(1);
      expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
      expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'idempotency_request_in_progress')).toBe(true);
      const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM meeting WHERE title = $1`, [body.title]);
      expect(n).toBe(1);

      // A retry after success replays the stored answer.
      const retry = await t.post('/api/v1/meetings', body, headers);
      expect(retry.status).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(created[0]!.body);

      // The same key with another body is a client bug: 422, nothing created.
      const misuse = await t.post('/api/v1/meetings', { ...body, title: 'Khác' }, headers);
      expect(misuse.status).toBe(422);
      expect(misuse.body.code).toBe('idempotency_key_reused');

      // Keys belong to their user: the same key from someone else is a new request.
      const other = await t.as('admin').post('/api/v1/organizations', { name: 'Sở mới', kind: 'department' }, headers);
      expect(other.status).toBe(201);
    });
  });

  it('requires If-Match on updates (428)', async () => {
    const meeting = await createMeeting(t);
    const response = await t.patch(`/api/v1/meetings/${meeting.id}`, { title: 'Không có If-Match' });
    expect(response.status).toBe(428);
    expect(response.body.code).toBe('precondition_required');
  });

  it('stores the answer in the same transaction as the creation', async () => {
    const created = await t.post('/api/v1/people', { fullName: 'Người mới' }, { 'idempotency-key': 'atomic-1' });
    expect(created.status).toBe(201);
    const [row] = await t.sql(`SELECT state, response_status, response_body FROM idempotency_key WHERE key = 'atomic-1'`);
    expect(row).toEqual({ state: 'completed', response_status: 201, response_body: created.body });
  });

  it('re-runs a claim abandoned by a request that died before committing', async () => {
    const body = { fullName: 'Người của yêu cầu bị gián đoạn' };
    const first = await t.post('/api/v1/people', body, { 'idempotency-key': 'abandoned-1' });
    // Make it look like a request that claimed the key and died two minutes ago, before its transaction committed.
    await t.sql(`DELETE FROM idempotency_key WHERE key = 'abandoned-1'`);
    await t.sql(
      `INSERT INTO idempotency_key (user_id, key, request_hash, state, created_at)
       SELECT $1, 'abandoned-1', request_hash, 'in_progress', now() - interval '3 minutes' FROM (SELECT $2::text AS request_hash) h`,
      [t.users.secretariat.id, await requestHashOf(body)],
    );
    const retried = await t.post('/api/v1/people', body, { 'idempotency-key': 'abandoned-1' });
    expect(retried.status).toBe(201);
    expect(retried.body.id).not.toBe(first.body.id);
  });

  it('frees the key when the request fails, so the corrected retry runs', async () => {
    const headers = { 'idempotency-key': 'retry-after-fix-1' };
    const bad = await t.post(
      '/api/v1/meetings',
      { title: 'Sai', startsAt: '2024-04-01T08:00:00+07:00', organizerId: '0b6f1b7e-9a59-4a8e-8f0e-7d5f3c1a2b3c' },
      headers,
    );
    expect(bad.status).toBe(422);
    const again = await t.post(
      '/api/v1/meetings',
      { title: 'Sai', startsAt: '2024-04-01T08:00:00+07:00', organizerId: '0b6f1b7e-9a59-4a8e-8f0e-7d5f3c1a2b3c' },
      headers,
    );
    expect(again.status).toBe(422);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });
});
