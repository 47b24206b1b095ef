import { createHash } from 'node:crypto';
import { STORY_AS_OF } from '../../scripts/demo/followup-story.js';
import { seedDemoData } from '../../scripts/demo/seed-demo-data.js';
import { TEST_NOW } from '../support/fixed-clock.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Sign-in sessions the seed opens for itself and closes: the only rows a second run may touch. */
const SEED_SESSIONS = ['auth_session'];
const withoutSessions = (snapshot: Record<string, string>) =>
  Object.fromEntries(Object.entries(snapshot).filter(([table]) => !SEED_SESSIONS.includes(table)));

interface ListedDirective {
  id: string;
  title: string;
  status: string;
  completion: string | null;
  deadlineStatus: string | null;
  dueDate: string | null;
  originalDueDate: string | null;
  reminderCount: number;
  extensionCount: number;
  progressPercent: number | null;
}

describe('npm run seed:demo', () => {
  let t: TestApp;
  const at = (instant: string | null) => t.clock.set(new Date(instant ?? TEST_NOW));

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads the Lào Cai meeting and what became of its directives by 15 October 2024; a second run changes nothing', async () => {
    const first = await seedDemoData(t.app, at);
    expect(first.laoCai).toMatchObject({
      organizations: { created: 14, existing: 0 },
      people: { created: 11, existing: 0 },
      meeting: { created: true },
    });
    expect(first.story).toEqual({ told: 8, alreadyTold: 0 });
    const afterFirst = withoutSessions(await t.snapshot());

    const second = await seedDemoData(t.app, at);
    expect(second.laoCai).toMatchObject({
      organizations: { created: 0, existing: 14 },
      people: { created: 0, existing: 11 },
      meeting: { created: false },
    });
    expect(second.story).toEqual({ told: 0, alreadyTold: 8 });
    expect(second.users.every((u) => u.password === null)).toBe(true);
    expect(withoutSessions(await t.snapshot())).toEqual(afterFirst);

    const meeting = await t.get(`/api/v1/meetings/${first.laoCai.meeting.id}`);
    expect(meeting.body.directives).toHaveLength(8);
    expect(meeting.body.speeches).toHaveLength(11);

    const listed = await t.as('leader').get(`/api/v1/directives?meetingId=${first.laoCai.meeting.id}&asOf=${STORY_AS_OF}&limit=50`);
    expect(listed.status).toBe(200);
    const byTitle = (start: string): ListedDirective => (listed.body.items as ListedDirective[]).find((d) => d.title.startsWith(start))!;
    const view = (d: ListedDirective) => ({
      status: d.status,
      completion: d.completion,
      deadlineStatus: d.deadlineStatus,
      dueDate: d.dueDate,
      originalDueDate: d.originalDueDate,
      reminderCount: d.reminderCount,
      extensionCount: d.extensionCount,
      progressPercent: d.progressPercent,
    });
    expect(view(byTitle('Tập trung hoạt động kiểm hóa'))).toEqual({
      status: 'completed',
      completion: 'completed_on_time',
      deadlineStatus: null,
      dueDate: '2024-05-31',
      originalDueDate: '2024-05-31',
      reminderCount: 0,
      extensionCount: 0,
      progressPercent: 80,
    });
    expect(view(byTitle('Rà soát việc thực hiện các kết luận'))).toEqual({
      status: 'completed',
      completion: 'completed_late',
      deadlineStatus: null,
      dueDate: '2024-04-30',
      originalDueDate: '2024-04-30',
      reminderCount: 1,
      extensionCount: 0,
      progressPercent: 40,
    });
    expect(view(byTitle('Thành lập Trung tâm Xúc tiến đầu tư'))).toEqual({
      status: 'in_progress',
      completion: null,
      deadlineStatus: 'on_track',
      dueDate: '2024-11-30',
      originalDueDate: '2024-09-30',
      reminderCount: 0,
      extensionCount: 1,
      progressPercent: 50,
    });
    expect(view(byTitle('Thanh tra, giám sát việc sử dụng đất'))).toEqual({
      status: 'in_progress',
      completion: null,
      deadlineStatus: 'overdue',
      dueDate: '2024-08-31',
      originalDueDate: '2024-08-31',
      reminderCount: 2,
      extensionCount: 0,
      progressPercent: 20,
    });
    expect(view(byTitle('Rà soát các dự án đã cấp phép'))).toMatchObject({ status: 'awaiting_confirmation', deadlineStatus: 'overdue' });
    expect(view(byTitle('Tham mưu hoàn thiện hạ tầng, mặt bằng'))).toMatchObject({
      status: 'in_progress',
      deadlineStatus: 'no_deadline',
      progressPercent: 10,
    });

    // The agencies' users existed when the directives were issued, so they heard of them.
    const told = await t.sql<{ kind: string; count: number }>(
      `SELECT n.kind, count(*)::int AS count FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE u.username = 'bqlkkt.truongban' AND n.kind IN ('directive_issued', 'cooperation_issued') GROUP BY n.kind ORDER BY n.kind`,
    );
    expect(told).toEqual([
      { kind: 'cooperation_issued', count: 3 },
      { kind: 'directive_issued', count: 3 },
    ]);

    // The evidence file is there for whoever may read the directive, byte for byte.
    const planning = byTitle('Tham mưu rà soát, điều chỉnh và triển khai quy hoạch');
    expect(view(planning)).toMatchObject({ status: 'in_progress', progressPercent: 45 });
    const reports = await t.as('leader').get(`/api/v1/directives/${planning.id}/progress-reports`);
    const evidence = reports.body.items[0].attachments[0];
    expect(evidence).toMatchObject({ fileName: 'Báo cáo rà soát quy hoạch KCN Đông Phố Mới.pdf', mediaType: 'application/pdf' });
    const { port } = t.app.getHttpServer().address() as { port: number };
    const file = await fetch(`http://127.0.0.1:${port}/api/v1/attachments/${evidence.id}`, {
      headers: { authorization: `Bearer ${t.users.leader.accessToken}` },
    });
    expect(file.status).toBe(200);
    expect(
      createHash('sha256')
        .update(Buffer.from(await file.arrayBuffer()))
        .digest('hex'),
    ).toBe(evidence.sha256);
  });
});
