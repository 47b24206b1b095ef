import { composeDigestMail, type Digest, EMPTY_DIGEST, isEmptyDigest } from './digest-mail.js';

describe('the digest e-mail', () => {
  const item = (title: string, dueDate: string | null, status = 'in_progress') => ({
    directiveId: '00000000-0000-4000-8000-000000000000',
    title,
    leadAgency: 'Sở Xây dựng',
    dueDate,
    status,
  });

  it('counts what needs attention in the subject, in the order a reader acts on it', () => {
    const digest: Digest = {
      ...EMPTY_DIGEST,
      overdue: [item('Giải phóng mặt bằng', '2024-03-01'), item('Báo cáo tiến độ <khẩn>', '2024-03-05', 'assigned')],
      dueSoon: [item('Hoàn thiện hồ sơ', '2024-03-15')],
    };
    const mail = composeDigestMail('2024-03-12', 'Trưởng phòng', digest);
    expect(mail.subject).toBe('Chỉ Đạo — tổng hợp ngày 12/03/2024: 2 quá hạn, 1 sắp đến hạn');
    expect(mail.text).toBe(
      [
        'Kính gửi Trưởng phòng,',
        '',
        'Tổng hợp các chỉ đạo cần theo dõi ngày 12/03/2024:',
        '',
        'Quá hạn (2):',
        '- Giải phóng mặt bằng — Chủ trì: Sở Xây dựng — Hạn: 01/03/2024 — Trạng thái: Đang thực hiện',
        '- Báo cáo tiến độ <khẩn> — Chủ trì: Sở Xây dựng — Hạn: 05/03/2024 — Trạng thái: Đã giao',
        '',
        'Sắp đến hạn (1):',
        '- Hoàn thiện hồ sơ — Chủ trì: Sở Xây dựng — Hạn: 15/03/2024 — Trạng thái: Đang thực hiện',
        '',
        'Thư tự động của hệ thống Chỉ Đạo; xin đừng trả lời thư này.',
      ].join('\n'),
    );
    // Titles are text, never markup.
    expect(mail.html).toContain('<td>Báo cáo tiến độ &lt;khẩn&gt;</td>');
    expect(mail.html).not.toContain('Sắp đến hạn (0)');
  });

  it('tells a leader what waits for them', () => {
    const mail = composeDigestMail('2024-12-31', 'Lãnh đạo', {
      ...EMPTY_DIGEST,
      awaitingConfirmation: [item('Nghiệm thu công trình', null, 'awaiting_confirmation')],
    });
    expect(mail.subject).toBe('Chỉ Đạo — tổng hợp ngày 31/12/2024: 1 chờ xác nhận');
    expect(mail.text).toContain('- Nghiệm thu công trình — Chủ trì: Sở Xây dựng — Hạn: không có — Trạng thái: Chờ xác nhận');
  });

  it('knows an empty digest (nobody is mailed to be told nothing)', () => {
    expect(isEmptyDigest(EMPTY_DIGEST)).toBe(true);
    expect(isEmptyDigest({ ...EMPTY_DIGEST, rejected: [item('x', null)] })).toBe(false);
  });
});
