import { laoCaiMeetingRequest } from '../../scripts/demo/laocai-meeting.js';
import { createLaoCaiDirectory, createMeeting, createOrganization, createPerson } from '../support/factories.js';
import { expectProblem, refused } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const UNKNOWN = '0b6f1b7e-9a59-4a8e-8f0e-7d5f3c1a2b3c';

describe('Bad input never hurts', () => {
  let t: TestApp;
  let org: Record<string, string>;
  let person: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    ({ org, person } = await createLaoCaiDirectory(t));
  });
  afterAll(async () => {
    await t.close();
  });

  describe('recording a meeting is all or nothing', () => {
    it('creates nothing when the fifth directive names an unknown organization', async () => {
      const request = laoCaiMeetingRequest(org, person);
      request.directives[4]!.leadOrganizationId = UNKNOWN;
      const response = await refused(t, () => t.post('/api/v1/meetings', request), 422, 'reference_not_found');
      expect(response.body.errors).toEqual([
        { field: 'directives[4].leadOrganizationId', message: `no organization has the id ${UNKNOWN}` },
      ]);
    });

    it('lists every unknown reference at once, with its place in the request', async () => {
      const request = laoCaiMeetingRequest(org, person);
      request.attendees[3]!.personId = UNKNOWN;
      request.speeches[2]!.speakerId = UNKNOWN;
      request.directives[1]!.cooperatingOrganizationIds = [org.bqlKkt!, UNKNOWN];
      const response = await refused(t, () => t.post('/api/v1/meetings', request), 422, 'reference_not_found');
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
        ['attendees[3].personId', 'directives[1].cooperatingOrganizationIds[1]', 'speeches[2].speakerId'].sort(),
      );
    });

    it('rejects a deadline that is not a real date (2024-02-30)', async () => {
      const request = laoCaiMeetingRequest(org, person);
      request.directives[0]!.dueDate = '2024-02-30';
      const response = await refused(t, () => t.post('/api/v1/meetings', request), 400, 'validation_failed');
      expect(response.body.errors).toEqual([
        { field: 'directives[0].dueDate', message: 'directives[0].dueDate must be a real calendar date written YYYY-MM-DD' },
      ]);
    });

    it('rejects a lead agency that is also listed as cooperating', async () => {
      const request = laoCaiMeetingRequest(org, person);
      request.directives[2]!.cooperatingOrganizationIds = [org.soNoiVu!, org.soKhdt!];
      const response = await refused(t, () => t.post('/api/v1/meetings', request), 422, 'directive_lead_also_cooperating');
      expect(response.body.errors).toEqual([{ field: 'directives[2].cooperatingOrganizationIds', message: expect.any(String) }]);
    });

    it('rejects the same cooperating agency twice', async () => {
      const request = laoCaiMeetingRequest(org, person);
      request.directives[0]!.cooperatingOrganizationIds = [org.soKhdt!, org.soKhdt!];
      const response = await refused(t, () => t.post('/api/v1/meetings', request), 400, 'validation_failed');
      expect(response.body.errors[0].field).toBe('directives[0].cooperatingOrganizationIds');
    });

    it('rejects a source speech index beyond the speeches given', async () => {
      const request = laoCaiMeetingRequest(org, person);
      request.directives[3]!.sourceSpeechIndex = 11;
      const response = await refused(t, () => t.post('/api/v1/meetings', request), 400, 'validation_failed');
      expect(response.body.errors).toEqual([
        { field: 'directives[3].sourceSpeechIndex', message: 'there are 11 speeches (indexes 0 to 10)' },
      ]);
    });

    it('rejects the same person attending twice, and two chairs', async () => {
      const twice = laoCaiMeetingRequest(org, person);
      twice.attendees.push({ personId: person.hai!, role: 'invited' });
      const duplicate = await refused(t, () => t.post('/api/v1/meetings', twice), 409, 'attendee_already_present');
      expect(duplicate.body.errors).toEqual([
        { field: 'attendees[11].personId', message: 'this person is already listed at attendees[5]' },
      ]);

      const twoChairs = laoCaiMeetingRequest(org, person);
      twoChairs.attendees[1]!.role = 'chair';
      await refused(t, () => t.post('/api/v1/meetings', twoChairs), 409, 'meeting_already_has_chair');
    });

    it('rejects a meeting that ends before it starts, and times without an offset', async () => {
      await refused(
        t,
        () => t.post('/api/v1/meetings', { title: 'Họp', startsAt: '2024-03-12T08:00:00+07:00', endsAt: '2024-03-12T07:00:00+07:00' }),
        422,
        'meeting_period_invalid',
      );
      const noOffset = await refused(
        t,
        () => t.post('/api/v1/meetings', { title: 'Họp', startsAt: '2024-03-12T08:00:00' }),
        400,
        'validation_failed',
      );
      expect(noOffset.body.errors[0].field).toBe('startsAt');
    });

    it('reports every invalid field of a nested request, and unknown fields', async () => {
      const response = await refused(
        t,
        () =>
          t.post('/api/v1/meetings', {
            title: '   ',
            startsAt: 'tomorrow',
            status: 'final',
            secret: 1,
            speeches: [{ speakerId: 'not-a-uuid', kind: 'shout' }],
          }),
        400,
        'validation_failed',
      );
      const fields = response.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining(['title', 'startsAt', 'status', 'secret', 'speeches[0].speakerId', 'speeches[0].kind']),
      );
    });
  });

  describe('the HTTP layer', () => {
    it('answers malformed JSON with 400', async () => {
      await refused(t, () => t.as('admin').request('POST', '/api/v1/organizations', { raw: '{"name": "Sở' }), 400, 'malformed_request');
    });

    it('answers a JSON array or a bare value where an object is expected with 400', async () => {
      await refused(t, () => t.as('admin').post('/api/v1/organizations', [{ name: 'x', kind: 'department' }]), 400, 'validation_failed');
      await refused(t, () => t.as('admin').request('POST', '/api/v1/organizations', { raw: '"text"' }), 400, 'validation_failed');
    });

    it('answers an over-large body with 413', async () => {
      const huge = { title: 'Họp', startsAt: '2024-03-12T08:00:00+07:00', summary: 'x'.repeat(1_200_000) };
      await refused(t, () => t.post('/api/v1/meetings', huge), 413, 'payload_too_large');
    });

    it('answers a body that is not JSON with 415', async () => {
      await refused(
        t,
        () => t.as('admin').request('POST', '/api/v1/organizations', { raw: 'name=x', headers: { 'content-type': 'text/plain' } }),
        415,
        'unsupported_media_type',
      );
    });

    it('answers unknown ids with 404 and ids that are not UUIDs with 400', async () => {
      for (const path of ['meetings', 'directives', 'organizations', 'people']) {
        expectProblem(await t.get(`/api/v1/${path}/${UNKNOWN}`), 404, `${path === 'people' ? 'person' : path.slice(0, -1)}_not_found`);
      }
      expectProblem(await t.get('/api/v1/meetings/42'), 400, 'validation_failed');
      expectProblem(await t.get('/api/v1/no-such-thing'), 404, 'route_not_found');
    });

    it('refuses bad paging parameters', async () => {
      for (const query of ['limit=0', 'limit=201', 'limit=abc', 'limit=1.5', 'cursor=bm90LWEtY3Vyc29y', 'unknown=1']) {
        expectProblem(await t.get(`/api/v1/directives?${query}`), 400, 'validation_failed');
      }
      expectProblem(await t.get('/api/v1/meetings?from=2024-02-30'), 400, 'validation_failed');
    });
  });

  describe('conflicts and references on single records', () => {
    it('refuses a short name already used, whatever its case', async () => {
      const response = await refused(
        t,
        () => t.as('admin').post('/api/v1/organizations', { name: 'Trùng tên', shortName: 'skhđt-lc', kind: 'department' }),
        409,
        'organization_short_name_taken',
      );
      expect(response.body.errors).toEqual([{ field: 'shortName', message: expect.any(String) }]);
    });

    it('refuses a PATCH that would take a short name already used', async () => {
      const other = await createOrganization(t);
      await refused(
        t,
        () => t.as('admin').edit(`/api/v1/organizations/${other.id}`, { shortName: 'BQLKKT-LC' }),
        409,
        'organization_short_name_taken',
      );
    });

    it('refuses to make an organization its own ancestor', async () => {
      await refused(
        t,
        () => t.as('admin').edit(`/api/v1/organizations/${org.ubnd}`, { parentId: org.bqlKkt }),
        422,
        'organization_hierarchy_cycle',
      );
      await refused(
        t,
        () => t.as('admin').edit(`/api/v1/organizations/${org.ubnd}`, { parentId: org.ubnd }),
        422,
        'organization_hierarchy_cycle',
      );
    });

    it('refuses a PATCH that changes nothing', async () => {
      const someone = await createPerson(t);
      const response = await refused(t, () => t.edit(`/api/v1/people/${someone.id}`, {}), 400, 'validation_failed');
      expect(response.body.detail).toContain('changes nothing');
    });

    it('refuses null for a required field on PATCH', async () => {
      const someone = await createPerson(t);
      const response = await refused(t, () => t.edit(`/api/v1/people/${someone.id}`, { fullName: null }), 400, 'validation_failed');
      expect(response.body.errors[0].field).toBe('fullName');
    });

    it('refuses a directive whose source speech belongs to another meeting', async () => {
      const a = await createMeeting(t, { speeches: [{ speakerId: person.phong, kind: 'conclusion' }] });
      const b = await createMeeting(t);
      await refused(
        t,
        () =>
          t.post(`/api/v1/meetings/${b.id}/directives`, {
            title: 'Việc',
            leadOrganizationId: org.bqlKkt,
            sourceSpeechId: a.speeches[0].id,
          }),
        422,
        'directive_source_speech_elsewhere',
      );
    });

    it('refuses to add a directive to a meeting that does not exist', async () => {
      await refused(
        t,
        () => t.post(`/api/v1/meetings/${UNKNOWN}/directives`, { title: 'Việc', leadOrganizationId: org.bqlKkt }),
        404,
        'meeting_not_found',
      );
    });
  });

  describe('text is stored in Unicode NFC', () => {
    it('normalizes decomposed Vietnamese before storing it', async () => {
      const decomposed = 'Sở Tư pháp tỉnh Lào Cai'.normalize('NFD');
      expect(decomposed).not.toBe(decomposed.normalize('NFC'));
      const created = await t
        .as('admin')
        .post('/api/v1/organizations', { name: decomposed, shortName: 'STP-LC'.normalize('NFD'), kind: 'department' });
      expect(created.status).toBe(201);
      expect(created.body.name).toBe('Sở Tư pháp tỉnh Lào Cai'.normalize('NFC'));
      const [row] = await t.sql('SELECT name, name = normalize(name, NFC) AS is_nfc FROM organization WHERE id = $1', [created.body.id]);
      expect(row).toEqual({ name: 'Sở Tư pháp tỉnh Lào Cai'.normalize('NFC'), is_nfc: true });
    });

    it('finds names typed without accents', async () => {
      const found = await t.get(`/api/v1/organizations?q=${encodeURIComponent('ke hoach va dau tu')}`);
      expect(found.body.items.map((o: { id: string }) => o.id)).toEqual([org.soKhdt]);
    });
  });
});
