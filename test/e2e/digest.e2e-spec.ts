import { DigestScheduler } from '../../src/notifications/digest-scheduler.js';
import { RunDigestService } from '../../src/notifications/run-digest.service.js';
import { createMeeting } from '../support/factories.js';
import { describeRaces, expectParallelSessions } from '../support/races.js';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture.js';
import { createTestApp, ifMatch, type TestApp, type TestRole } from '../support/test-app.js';

/**
 * The daily job: deadline notifications written once per deadline, the digest
 * mailed through a real SMTP server, once a day however many instances run.
 */
describe('The daily digest', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let env: Record<string, string>;
  const title: Record<string, string> = {
    A: 'Giải phóng mặt bằng dự án đường nối',
    B: 'Báo cáo tiến độ giải ngân vốn',
    C: 'Hoàn thiện hồ sơ khu tái định cư',
    D: 'Quy hoạch vùng trồng chè',
    E: 'Nghiệm thu trường mầm non',
    F: 'Sửa chữa cầu treo',
    G: 'Cải tạo chợ trung tâm',
    H: 'Di dời trạm biến áp',
  };
  const ADDRESSES: Partial<Record<TestRole, string>> = {
    department_head: 'truongphong@sotoi.gov.vn',
    leader: 'lanhdao@ubnd.gov.vn',
    secretariat: 'vanphong@ubnd.gov.vn',
    // The mail server refuses this one: the others must still get theirs.
    other_department_head: 'hopthu-hong@sokhac.gov.vn',
  };

  const run = (day: string, options: { force?: boolean } = {}) => t.app.get(RunDigestService).run(day, 'manual', options);

  beforeAll(async () => {
    smtp = await startSmtpCapture({ refuse: ['hopthu-hong@sokhac.gov.vn'] });
    env = { SMTP_URL: smtp.url, MAIL_FROM: '"Chỉ Đạo" <chidao@laocai.gov.vn>' };
    t = await createTestApp({ env });
    for (const [role, email] of Object.entries(ADDRESSES)) {
      const edited = await t.as('admin').edit(`/api/v1/users/${t.users[role as TestRole].id}`, { email });
      expect([edited.status, edited.body.email]).toEqual([200, email]);
    }
    const { own, other } = t.agencies;
    const meeting = await createMeeting(t, {
      directives: [
        { title: title.A, leadOrganizationId: own, dueDate: '2024-03-01' }, // 11 days overdue on the 12th: escalated
        { title: title.B, leadOrganizationId: own, dueDate: '2024-03-10' }, // overdue
        { title: title.C, leadOrganizationId: own, dueDate: '2024-03-15' }, // due soon
        { title: title.D, leadOrganizationId: own, dueDate: '2024-04-30' }, // on track
        { title: title.E, leadOrganizationId: own, dueDate: '2024-03-14' }, // submitted: awaits the leaders
        { title: title.F, leadOrganizationId: other, dueDate: '2024-03-05' }, // 7 days overdue: not yet escalated
        { title: title.G, leadOrganizationId: own, dueDate: '2024-06-01' }, // sent back
        { title: title.H, leadOrganizationId: own, dueDate: '2024-03-01' }, // cancelled: nobody's concern
      ],
    });
    const id = (index: number): string => meeting.directives[index].id;
    const step = (role: TestRole, directive: string, version: number, body: Record<string, unknown>) =>
      t.as(role).post(`/api/v1/directives/${directive}/transitions`, body, ifMatch(version));
    expect((await step('department_head', id(4), 1, { action: 'submit', note: 'Đã nghiệm thu xong' })).status).toBe(200);
    expect((await step('department_head', id(6), 1, { action: 'submit', note: 'Đã cải tạo xong' })).status).toBe(200);
    expect((await step('leader', id(6), 2, { action: 'reject', note: 'Chưa có hồ sơ hoàn công' })).status).toBe(200);
    expect((await step('secretariat', id(7), 1, { action: 'cancel', note: 'Đã lồng ghép vào dự án khác' })).status).toBe(200);
    const asked = await t
      .as('department_head')
      .post(`/api/v1/directives/${id(3)}/extension-requests`, { proposedDueDate: '2024-05-31', reason: 'Chờ vốn bổ sung' });
    expect(asked.status).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const deadlineNotifications = () =>
    t.sql<{ told: string }>(
      `SELECT u.username || ' ' || n.kind || ' ' || d.title || ' ' || n.occasion || ' | ' || n.message AS told
       FROM notification n JOIN app_user u ON u.id = n.user_id JOIN directive d ON d.id = n.directive_id
       WHERE n.kind IN ('due_soon','overdue','escalated') ORDER BY u.username, n.kind, d.title`,
    );
  const mailsOf = (day: string) => smtp.mails.filter((m) => m.subject.includes(day));

  const REFUSED = 'hopthu-hong@sokhac.gov.vn';
  const REFUSAL = "Can't send mail - all recipients were rejected: 550 No such mailbox";
  const refusal = (day: string, attempts: number) => ({ day, address: REFUSED, error: REFUSAL, attempts, willRetry: attempts < 10 });
  const NOTHING = { sent: 0, failed: 0, failures: [] };
  const mailRows = (day: string) =>
    t.sql(
      `SELECT u.username, m.address, m.attempts, m.sent_at IS NOT NULL AS sent, m.last_error
       FROM digest_mail m JOIN app_user u ON u.id = m.user_id WHERE m.day = $1 ORDER BY u.username`,
      [day],
    );
  const at = (instant: string) => t.clock.set(new Date(instant));

  it('writes due soon, overdue and escalated notifications for the day and mails each user with an address their digest', async () => {
    expect(await run('2024-03-12')).toEqual({
      day: '2024-03-12',
      ran: true,
      written: { dueSoon: 2, overdue: 5, escalated: 1 },
      mailsSent: 3,
      mailsFailed: 1,
      failures: [refusal('2024-03-12', 1)],
      mails: { sent: 3, pending: 1, givenUp: 0 },
    });
    expect((await deadlineNotifications()).map((r) => r.told)).toEqual([
      `department_head due_soon ${title.C} 2024-03-15 | Sắp đến hạn (15/03/2024)`,
      `department_head overdue ${title.B} 2024-03-10 | Đã quá hạn (hạn 10/03/2024)`,
      `department_head overdue ${title.A} 2024-03-01 | Đã quá hạn (hạn 01/03/2024)`,
      `department_staff due_soon ${title.C} 2024-03-15 | Sắp đến hạn (15/03/2024)`,
      `department_staff overdue ${title.B} 2024-03-10 | Đã quá hạn (hạn 10/03/2024)`,
      `department_staff overdue ${title.A} 2024-03-01 | Đã quá hạn (hạn 01/03/2024)`,
      `leader escalated ${title.A} 2024-03-01 | Sở của tôi quá hạn 11 ngày (hạn 01/03/2024)`,
      `other_department_head overdue ${title.F} 2024-03-05 | Đã quá hạn (hạn 05/03/2024)`,
    ]);

    // Recipients in username order; the refused address is skipped, not fatal.
    expect(smtp.mails.map((m) => [m.to, m.subject])).toEqual([
      [['truongphong@sotoi.gov.vn'], 'Chỉ Đạo — tổng hợp ngày 12/03/2024: 2 quá hạn, 1 sắp đến hạn, 1 bị trả lại'],
      [['lanhdao@ubnd.gov.vn'], 'Chỉ Đạo — tổng hợp ngày 12/03/2024: 1 chờ xác nhận, 1 chờ quyết định gia hạn'],
      [['vanphong@ubnd.gov.vn'], 'Chỉ Đạo — tổng hợp ngày 12/03/2024: 3 quá hạn'],
    ]);
    const [head, leader, secretariat] = smtp.mails;
    expect(head!.from).toBe('"Chỉ Đạo" <chidao@laocai.gov.vn>');
    expect(head!.text.split('\n')).toEqual([
      'Kính gửi department_head,',
      '',
      'Tổng hợp các chỉ đạo cần theo dõi ngày 12/03/2024:',
      '',
      'Quá hạn (2):',
      `- ${title.A} — Chủ trì: Sở của tôi — Hạn: 01/03/2024 — Trạng thái: Đã giao`,
      `- ${title.B} — Chủ trì: Sở của tôi — Hạn: 10/03/2024 — Trạng thái: Đã giao`,
      '',
      'Sắp đến hạn (1):',
      `- ${title.C} — Chủ trì: Sở của tôi — Hạn: 15/03/2024 — Trạng thái: Đã giao`,
      '',
      'Bị trả lại, cần thực hiện tiếp (1):',
      `- ${title.G} — Chủ trì: Sở của tôi — Hạn: 01/06/2024 — Trạng thái: Thực hiện lại`,
      '',
      'Thư tự động của hệ thống Chỉ Đạo; xin đừng trả lời thư này.',
    ]);
    expect(head!.html).toContain(`<td>${title.C}</td><td>Sở của tôi</td><td>15/03/2024</td><td>Đã giao</td>`);
    expect(leader!.text).toContain(`- ${title.E} — Chủ trì: Sở của tôi — Hạn: 14/03/2024 — Trạng thái: Chờ xác nhận`);
    expect(leader!.text).toContain(
      `Đề nghị gia hạn chờ quyết định (1):\n- ${title.D} — Chủ trì: Sở của tôi — Hạn: 30/04/2024 — Trạng thái: Đã giao`,
    );
    expect(secretariat!.text).toContain(
      [
        'Quá hạn (3):',
        `- ${title.A} — Chủ trì: Sở của tôi — Hạn: 01/03/2024 — Trạng thái: Đã giao`,
        `- ${title.F} — Chủ trì: Sở khác — Hạn: 05/03/2024 — Trạng thái: Đã giao`,
        `- ${title.B} — Chủ trì: Sở của tôi — Hạn: 10/03/2024 — Trạng thái: Đã giao`,
      ].join('\n'),
    );
    expect(await t.sql(`SELECT day::text, trigger, notifications_written FROM digest_run`)).toEqual([
      { day: '2024-03-12', trigger: 'manual', notifications_written: 8 },
    ]);
    // Each mail is recorded with its fate: the refused one waits to be tried again.
    expect(await mailRows('2024-03-12')).toEqual([
      { username: 'department_head', address: 'truongphong@sotoi.gov.vn', attempts: 1, sent: true, last_error: null },
      { username: 'leader', address: 'lanhdao@ubnd.gov.vn', attempts: 1, sent: true, last_error: null },
      { username: 'other_department_head', address: REFUSED, attempts: 1, sent: false, last_error: REFUSAL },
      { username: 'secretariat', address: 'vanphong@ubnd.gov.vn', attempts: 1, sent: true, last_error: null },
    ]);
  });

  it('does nothing when the day has run; forced, it writes no notification twice and sends only the mail not sent yet', async () => {
    const notifications = await t.sql('SELECT count(*)::int AS n FROM notification');
    const unchanged = { written: { dueSoon: 0, overdue: 0, escalated: 0 }, mailsSent: 0 };
    expect(await run('2024-03-12')).toEqual({
      day: '2024-03-12',
      ran: false,
      ...unchanged,
      mailsFailed: 0,
      failures: [],
      mails: { sent: 3, pending: 1, givenUp: 0 },
    });
    expect(mailsOf('12/03/2024')).toHaveLength(3);
    // The refused mail is rendered anew and tried afresh (its attempts start again); the three sent are not sent twice.
    expect(await run('2024-03-12', { force: true })).toEqual({
      day: '2024-03-12',
      ran: true,
      ...unchanged,
      mailsFailed: 1,
      failures: [refusal('2024-03-12', 1)],
      mails: { sent: 3, pending: 1, givenUp: 0 },
    });
    expect(await t.sql('SELECT count(*)::int AS n FROM notification')).toEqual(notifications);
    expect(mailsOf('12/03/2024')).toHaveLength(3);
  });

  it('the next day tells only what is new: one more day overdue escalates F, nothing else repeats', async () => {
    expect(await run('2024-03-13')).toMatchObject({ ran: true, written: { dueSoon: 0, overdue: 0, escalated: 1 } });
    expect((await deadlineNotifications()).map((r) => r.told)).toContain(
      `leader escalated ${title.F} 2024-03-05 | Sở khác quá hạn 8 ngày (hạn 05/03/2024)`,
    );
    expect(await deadlineNotifications()).toHaveLength(9);
  });

  it('runs from the minute check once today’s DIGEST_TIME has passed, and only once', async () => {
    const scheduler = t.app.get(DigestScheduler);
    at('2024-03-14T07:29:00+07:00');
    // Not yet time for today's; yesterday's refused mail is tried again (the 12th's is older news and is left).
    expect(await scheduler.tick()).toEqual({ run: null, retried: { sent: 0, failed: 1, failures: [refusal('2024-03-13', 2)] } });
    expect(await t.sql(`SELECT day::text FROM digest_run WHERE day = '2024-03-14'`)).toEqual([]);

    // The service was down at 07:30 and comes back at 10:00: today's runs on the first look.
    at('2024-03-14T10:00:00+07:00');
    expect(await scheduler.tick()).toMatchObject({
      run: { day: '2024-03-14', ran: true, mailsSent: 3, failures: [refusal('2024-03-14', 1)] },
      retried: { sent: 0, failed: 1, failures: [refusal('2024-03-13', 3)] },
    });
    expect(await scheduler.tick()).toEqual({ run: null, retried: NOTHING });
    expect(await t.sql(`SELECT day::text, trigger FROM digest_run WHERE day = '2024-03-14'`)).toEqual([
      { day: '2024-03-14', trigger: 'schedule' },
    ]);
    expect(mailsOf('14/03/2024').map((m) => m.to)).toEqual([
      ['truongphong@sotoi.gov.vn'],
      ['lanhdao@ubnd.gov.vn'],
      ['vanphong@ubnd.gov.vn'],
    ]);
  });

  it('catches up on its first look at start: an instance started after DIGEST_TIME with no run today runs it', async () => {
    const late = await createTestApp({ now: '2024-03-20T10:00:00+07:00', env: { DIGEST_ENABLED: 'true' } });
    try {
      await late.app.get(DigestScheduler).idle();
      expect(await late.sql(`SELECT day::text, trigger FROM digest_run`)).toEqual([{ day: '2024-03-20', trigger: 'schedule' }]);
    } finally {
      await late.close();
    }
  });

  describe('when mail cannot go at once', () => {
    const scheduler = () => t.app.get(DigestScheduler);
    const unreachable = () => `connect ECONNREFUSED ${smtp.url.slice('smtp://'.length)}`;

    it('keeps the mail of a run whose mail server is down, and the next check after the back-off delivers each exactly once', async () => {
      await smtp.stop();
      at('2024-03-18T07:30:00+07:00');
      expect(await scheduler().tick()).toMatchObject({
        run: { day: '2024-03-18', ran: true, mailsSent: 0, mailsFailed: 4, mails: { sent: 0, pending: 4, givenUp: 0 } },
        retried: NOTHING,
      });
      expect((await mailRows('2024-03-18')).map((r) => [r.username, r.attempts, r.sent, r.last_error])).toEqual([
        ['department_head', 1, false, unreachable()],
        ['leader', 1, false, unreachable()],
        ['other_department_head', 1, false, unreachable()],
        ['secretariat', 1, false, unreachable()],
      ]);

      await smtp.resume();
      at('2024-03-18T07:34:00+07:00');
      expect(await scheduler().tick()).toEqual({ run: null, retried: NOTHING });
      expect(mailsOf('18/03/2024')).toEqual([]);

      at('2024-03-18T07:35:00+07:00');
      expect(await scheduler().tick()).toEqual({ run: null, retried: { sent: 3, failed: 1, failures: [refusal('2024-03-18', 2)] } });
      at('2024-03-18T07:36:00+07:00');
      expect(await scheduler().tick()).toEqual({ run: null, retried: NOTHING });
      expect(mailsOf('18/03/2024').map((m) => m.to)).toEqual([
        ['truongphong@sotoi.gov.vn'],
        ['lanhdao@ubnd.gov.vn'],
        ['vanphong@ubnd.gov.vn'],
      ]);
      expect((await mailRows('2024-03-18')).map((r) => [r.username, r.attempts, r.sent, r.last_error])).toEqual([
        ['department_head', 2, true, null],
        ['leader', 2, true, null],
        ['other_department_head', 2, false, REFUSAL],
        ['secretariat', 2, true, null],
      ]);
    });

    it('tries a refused address again later and later, and gives up after 10 attempts', async () => {
      const refusedBefore = smtp.refused.length;
      // After the 2nd attempt at 07:35: 10, 20, 40, 80 minutes, then every 2 hours.
      const attempts = ['07:45', '08:05', '08:45', '10:05', '12:05', '14:05', '16:05', '18:05'];
      let previous = 2;
      for (const time of attempts) {
        const [hours, minutes] = time.split(':').map(Number) as [number, number];
        const aMinuteEarlier = `${String(minutes === 0 ? hours - 1 : hours).padStart(2, '0')}:${String((minutes + 59) % 60).padStart(2, '0')}`;
        at(`2024-03-18T${aMinuteEarlier}:00+07:00`);
        expect(await scheduler().tick()).toEqual({ run: null, retried: NOTHING });
        at(`2024-03-18T${time}:00+07:00`);
        previous += 1;
        expect(await scheduler().tick()).toEqual({
          run: null,
          retried: { sent: 0, failed: 1, failures: [refusal('2024-03-18', previous)] },
        });
      }
      expect(previous).toBe(10);
      at('2024-03-18T23:59:00+07:00');
      expect(await scheduler().tick()).toEqual({ run: null, retried: NOTHING });
      expect(smtp.refused.slice(refusedBefore)).toEqual(Array<string>(8).fill(REFUSED));
      expect(await run('2024-03-18')).toMatchObject({ ran: false, mails: { sent: 3, pending: 0, givenUp: 1 } });
    });

    it('leaves a mail taken by an instance that stopped mid-sending until its lease has run out, then sends it', async () => {
      await smtp.stop();
      at('2024-03-19T07:30:00+07:00');
      expect(await scheduler().tick()).toMatchObject({ run: { day: '2024-03-19', ran: true, mailsFailed: 4 } });
      await smtp.resume();
      // Another instance took the head's mail at 07:32 for 10 minutes and died before sending it.
      await t.sql(
        `UPDATE digest_mail SET attempts = attempts + 1, claimed_until = '2024-03-19T07:42:00+07:00'
         WHERE day = '2024-03-19' AND user_id = $1`,
        [t.users.department_head.id],
      );
      at('2024-03-19T07:35:00+07:00');
      expect(await scheduler().tick()).toMatchObject({ run: null, retried: { sent: 2, failed: 1 } });
      at('2024-03-19T07:41:00+07:00');
      expect(await scheduler().tick()).toEqual({ run: null, retried: NOTHING });
      at('2024-03-19T07:42:00+07:00');
      expect(await scheduler().tick()).toEqual({ run: null, retried: { sent: 1, failed: 0, failures: [] } });
      expect(mailsOf('19/03/2024').map((m) => m.to)).toEqual([
        ['lanhdao@ubnd.gov.vn'],
        ['vanphong@ubnd.gov.vn'],
        ['truongphong@sotoi.gov.vn'],
      ]);
      expect((await mailRows('2024-03-19')).map((r) => [r.username, r.attempts, r.sent])).toEqual([
        ['department_head', 3, true],
        ['leader', 2, true],
        ['other_department_head', 2, false],
        ['secretariat', 2, true],
      ]);
    });
  });

  describeRaces('two instances of the service', () => {
    it('run the day once between them, and each user gets one mail', async () => {
      const second = await createTestApp({ sameDatabaseAs: t, env });
      try {
        await expectParallelSessions((q) => t.sql(q));
        for (const app of [t, second]) app.clock.set(new Date('2024-03-16T07:30:00+07:00'));
        const results = await Promise.all([t.app.get(DigestScheduler).tick(), second.app.get(DigestScheduler).tick()]);
        expect(results.filter((r) => r.run?.ran === true)).toHaveLength(1);
        expect(await t.sql(`SELECT day::text FROM digest_run WHERE day = '2024-03-16'`)).toEqual([{ day: '2024-03-16' }]);
        // The run's pass and the other instance's retry may share the day's mail: which arrives first is not defined.
        expect(
          mailsOf('16/03/2024')
            .flatMap((m) => m.to)
            .sort(),
        ).toEqual(['lanhdao@ubnd.gov.vn', 'truongphong@sotoi.gov.vn', 'vanphong@ubnd.gov.vn'].sort());
      } finally {
        await second.close();
      }
    });

    it('retrying the same unsent mail at once, send each once between them', async () => {
      const second = await createTestApp({ sameDatabaseAs: t, env });
      try {
        await expectParallelSessions((q) => t.sql(q));
        await smtp.stop();
        at('2024-03-22T07:30:00+07:00');
        expect(await t.app.get(DigestScheduler).tick()).toMatchObject({ run: { day: '2024-03-22', mailsFailed: 4 } });
        await smtp.resume();
        const refusedBefore = smtp.refused.length;
        for (const app of [t, second]) app.clock.set(new Date('2024-03-22T07:40:00+07:00'));
        const checks = await Promise.all([t.app.get(DigestScheduler).tick(), second.app.get(DigestScheduler).tick()]);
        expect(checks.map((c) => c.run)).toEqual([null, null]);
        expect(checks.reduce((sum, c) => sum + c.retried.sent, 0)).toBe(3);
        expect(checks.reduce((sum, c) => sum + c.retried.failed, 0)).toBe(1);
        // Two senders: the order between them is not defined, the count per address is.
        expect(
          mailsOf('22/03/2024')
            .flatMap((m) => m.to)
            .sort(),
        ).toEqual(['lanhdao@ubnd.gov.vn', 'truongphong@sotoi.gov.vn', 'vanphong@ubnd.gov.vn'].sort());
        expect(smtp.refused.slice(refusedBefore)).toEqual([REFUSED]);
      } finally {
        await second.close();
      }
    });
  });
});
