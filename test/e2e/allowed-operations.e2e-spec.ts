import { DIRECTIVE_OPERATIONS, type DirectiveOperation } from '../../src/followup/directive-operations.js';
import { createMeeting, createPerson } from '../support/factories.js';
import { createTestApp, ifMatch, type HttpResponse, type TestApp, type TestRole } from '../support/test-app.js';

/**
 * `allowedOperations` says what the endpoints accept: for each role and each
 * state of a directive, every operation listed is accepted by its endpoint
 * and every other one is refused, changing nothing. The directive is led by
 * the fixture agency `own` (department_head, department_staff) with `other`
 * cooperating (other_department_head).
 */
const ROLES: readonly TestRole[] = ['admin', 'secretariat', 'leader', 'department_head', 'department_staff', 'other_department_head'];

type Step = [TestRole, Record<string, unknown>];
const START: Step = ['department_head', { action: 'start' }];
const SUBMIT: Step = ['department_head', { action: 'submit', note: 'Đã hoàn thành' }];

/** How each state is reached from a freshly issued directive. */
const STATES: Record<string, { dueDate: string | null; steps: Step[]; pendingExtension?: true }> = {
  assigned: { dueDate: '2024-06-30', steps: [] },
  'assigned without deadline': { dueDate: null, steps: [] },
  in_progress: { dueDate: '2024-06-30', steps: [START] },
  'in_progress with an extension pending': { dueDate: '2024-06-30', steps: [START], pendingExtension: true },
  awaiting_confirmation: { dueDate: '2024-06-30', steps: [SUBMIT] },
  paused: { dueDate: '2024-06-30', steps: [['leader', { action: 'pause', note: 'Chờ ý kiến Trung ương' }]] },
  reopened: { dueDate: '2024-06-30', steps: [SUBMIT, ['leader', { action: 'reject', note: 'Chưa đủ hồ sơ' }]] },
  completed: { dueDate: '2024-06-30', steps: [SUBMIT, ['leader', { action: 'confirm' }]] },
  cancelled: { dueDate: '2024-06-30', steps: [['leader', { action: 'cancel', note: 'Không còn phù hợp' }]] },
};

/** What the user reported: the head of the lead agency offered a report on a directive awaiting confirmation. */
const EXPECTED: Record<string, Partial<Record<TestRole, DirectiveOperation[]>>> = {
  assigned: {
    admin: [],
    secretariat: ['assign_owner', 'remind', 'edit'],
    leader: ['remind'],
    department_head: ['report_progress', 'request_extension', 'assign_owner'],
    department_staff: ['report_progress'],
    other_department_head: ['report_progress'],
  },
  awaiting_confirmation: { department_head: ['request_extension', 'assign_owner'], other_department_head: [] },
  'in_progress with an extension pending': { department_head: ['report_progress', 'assign_owner'], leader: ['decide_extension', 'remind'] },
  completed: { department_head: ['assign_owner'], leader: [], secretariat: ['assign_owner', 'edit'] },
};

const ACCEPTED = [200, 201];
/** Refused for who the caller is or for the directive's state, never for the body sent (400). */
const REFUSED = [403, 404, 409, 422];

interface Directive {
  id: string;
  version: number;
  pendingExtension: { id: string } | null;
  allowedOperations: DirectiveOperation[];
}

describe('allowedOperations of a directive', () => {
  let t: TestApp;
  let meetingId: string;
  let ownPerson: string;
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp();
    meetingId = (await createMeeting(t)).id;
    ownPerson = (await createPerson(t, { organizationId: t.agencies.own })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  async function prepare(state: string): Promise<string> {
    const { dueDate, steps, pendingExtension } = STATES[state]!;
    const issued = await t.post(`/api/v1/meetings/${meetingId}/directives`, {
      title: `Rà soát quy hoạch các khu công nghiệp, đợt ${++n}`,
      leadOrganizationId: t.agencies.own,
      cooperatingOrganizationIds: [t.agencies.other],
      dueDate,
    });
    expect(issued.status).toBe(201);
    let version: number = issued.body.version;
    for (const [role, body] of steps) {
      const moved = await t.as(role).post(`/api/v1/directives/${issued.body.id}/transitions`, body, ifMatch(version));
      expect(moved.status).toBe(200);
      version = moved.body.version;
    }
    if (pendingExtension) {
      const asked = await t
        .as('department_head')
        .post(`/api/v1/directives/${issued.body.id}/extension-requests`, { proposedDueDate: '2024-09-30', reason: 'Chờ vốn' });
      expect(asked.status).toBe(201);
    }
    return issued.body.id;
  }

  const read = async (role: TestRole, id: string): Promise<Directive> => (await t.as(role).get(`/api/v1/directives/${id}`)).body;

  /** Performs the operation through its own endpoint, with a body it would accept. */
  async function perform(role: TestRole, operation: DirectiveOperation, d: Directive): Promise<HttpResponse> {
    const client = t.as(role);
    const url = `/api/v1/directives/${d.id}`;
    switch (operation) {
      case 'report_progress':
        // A cooperating agency's contribution carries no percent.
        return client.post(
          `${url}/progress-reports`,
          role === 'other_department_head' ? { note: 'Đã góp ý' } : { percent: 30, note: 'Đã khảo sát' },
        );
      case 'request_extension':
        return client.post(`${url}/extension-requests`, { proposedDueDate: '2024-09-30', reason: 'Chờ vốn' });
      case 'decide_extension':
        // No request pending: the one that would be decided does not exist.
        return client.post(
          `${url}/extension-requests/${d.pendingExtension?.id ?? '00000000-0000-4000-8000-000000000000'}/decision`,
          { decision: 'rejected', note: 'Không đủ căn cứ' },
          ifMatch(d.version),
        );
      case 'assign_owner':
        return client.patch(url, { ownerId: ownPerson }, ifMatch(d.version));
      case 'remind':
        return client.post(`${url}/reminders`, { note: 'Đề nghị khẩn trương', channel: 'document' });
      case 'edit':
        return client.patch(url, { title: 'Rà soát quy hoạch (sửa)' }, ifMatch(d.version));
    }
  }

  it.each(Object.keys(STATES))('on a directive %s, each role may do exactly what it is offered', async (state) => {
    const id = await prepare(state);
    for (const role of ROLES) {
      const offered = (await read(role, id)).allowedOperations;
      const expected = EXPECTED[state]?.[role];
      if (expected) expect({ role, offered }).toEqual({ role, offered: expected });
      for (const operation of DIRECTIVE_OPERATIONS) {
        if (offered.includes(operation)) {
          // On a directive of its own, so that one accepted operation does not change the state the next is judged on.
          const fresh = await read(role, await prepare(state));
          expect(fresh.allowedOperations).toEqual(offered);
          const accepted = await perform(role, operation, fresh);
          expect({ role, operation, accepted: ACCEPTED.includes(accepted.status) }).toEqual({ role, operation, accepted: true });
        } else {
          const before = await t.snapshot();
          const refused = await perform(role, operation, await read(role, id));
          expect({ role, operation, refused: REFUSED.includes(refused.status) }).toEqual({ role, operation, refused: true });
          expect(await t.snapshot()).toEqual(before);
        }
      }
    }
  });
});
