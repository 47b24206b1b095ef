import { evidencePdf } from './evidence-pdf.js';
import type { HttpAnswer, HttpClient } from './http-client.js';

/**
 * What happened to the Lào Cai directives between the meeting (12 March 2024)
 * and STORY_AS_OF: reports with an evidence file, one completed on time, one
 * late, one overdue after two reminders, one extended, one rejected and
 * submitted again. Dates and wording are a plausible demo, not the record.
 */
export const STORY_AS_OF = '2024-10-15';
export const MEETING_RECORDED_AT = '2024-03-12T16:00:00+07:00';

/** Who acts: the secretariat, a leader, or the head or staff of an agency (by its short name). */
export type Teller = 'secretariat' | 'leader' | `head:${string}` | `staff:${string}`;

type Step = { at: string; as: Teller } &
  // No percent: a cooperating agency's contribution, which moves no percent.
  (
    | { report: { percent?: number; note: string; evidence?: { fileName: string; lines: string[] } } }
    | { transition: { action: string; note?: string } }
    | { remind: { note: string; channel: string; documentNumber?: string } }
    | { requestExtension: { proposedDueDate: string; reason: string } }
    | { decideExtension: { decision: 'approved' | 'rejected'; note?: string; approvedDueDate?: string } }
  );

interface Story {
  /** The directive, by the beginning of its title. */
  titleStartsWith: string;
  steps: Step[];
}

export const STORIES: Story[] = [
  {
    titleStartsWith: 'Tập trung hoạt động kiểm hóa',
    steps: [
      {
        at: '2024-03-20T09:30:00+07:00',
        as: 'head:CHQ-LC',
        report: { percent: 30, note: 'Đã khảo sát mặt bằng, thống nhất vị trí khu kiểm hóa tập trung với Ban Quản lý Khu kinh tế.' },
      },
      {
        at: '2024-04-25T15:00:00+07:00',
        as: 'head:CHQ-LC',
        report: { percent: 80, note: 'Đã bố trí lực lượng, thiết bị soi chiếu; chạy thử quy trình một đầu mối.' },
      },
      {
        at: '2024-05-30T16:10:00+07:00',
        as: 'head:CHQ-LC',
        transition: {
          action: 'submit',
          note: 'Hoạt động kiểm hóa tại cửa khẩu Kim Thành đã tập trung về một khu vực, một đầu mối từ ngày 27/5.',
        },
      },
      { at: '2024-06-04T10:00:00+07:00', as: 'leader', transition: { action: 'confirm', note: 'Đã kiểm tra thực tế, đạt yêu cầu.' } },
    ],
  },
  {
    titleStartsWith: 'Rà soát việc thực hiện các kết luận',
    steps: [
      {
        at: '2024-04-02T08:45:00+07:00',
        as: 'head:BCSĐ-UBND-LC',
        report: { percent: 40, note: 'Đã tổng hợp 23 kết luận, chỉ đạo liên quan; đang đối chiếu kết quả thực hiện.' },
      },
      {
        at: '2024-05-03T09:00:00+07:00',
        as: 'secretariat',
        remind: { note: 'Đề nghị khẩn trương báo cáo kết quả rà soát, đã quá hạn 30/4.', channel: 'document', documentNumber: '98/VP-TH' },
      },
      {
        at: '2024-05-10T17:20:00+07:00',
        as: 'head:BCSĐ-UBND-LC',
        transition: { action: 'submit', note: 'Đã có báo cáo rà soát, làm rõ trách nhiệm người đứng đầu từng đơn vị.' },
      },
      { at: '2024-05-14T14:00:00+07:00', as: 'leader', transition: { action: 'confirm', note: 'Đồng ý kết quả rà soát.' } },
    ],
  },
  {
    titleStartsWith: 'Thành lập Trung tâm Xúc tiến đầu tư',
    steps: [
      { at: '2024-04-10T08:00:00+07:00', as: 'head:SKHĐT-LC', transition: { action: 'start' } },
      {
        at: '2024-06-17T10:30:00+07:00',
        as: 'head:SKHĐT-LC',
        report: { percent: 50, note: 'Đã xây dựng dự thảo đề án thành lập Trung tâm, lấy ý kiến Sở Nội vụ.' },
      },
      {
        at: '2024-09-16T09:00:00+07:00',
        as: 'head:SKHĐT-LC',
        requestExtension: { proposedDueDate: '2024-11-30', reason: 'Đề án đang chờ thẩm định về vị trí việc làm và biên chế.' },
      },
      { at: '2024-09-20T15:30:00+07:00', as: 'leader', decideExtension: { decision: 'approved', note: 'Đồng ý gia hạn đến 30/11/2024.' } },
    ],
  },
  {
    titleStartsWith: 'Tham mưu rà soát, điều chỉnh và triển khai quy hoạch',
    steps: [
      {
        at: '2024-04-15T14:00:00+07:00',
        as: 'staff:BQLKKT-LC',
        report: { percent: 15, note: 'Đã thu thập hồ sơ quy hoạch ba khu; lập kế hoạch rà soát.' },
      },
      {
        at: '2024-07-22T16:00:00+07:00',
        as: 'head:BQLKKT-LC',
        report: {
          percent: 45,
          note: 'Hoàn thành báo cáo rà soát quy hoạch Khu công nghiệp Đông Phố Mới; đang rà soát Bắc Duyên Hải.',
          evidence: {
            fileName: 'Báo cáo rà soát quy hoạch KCN Đông Phố Mới.pdf',
            lines: ['Ban Quan ly Khu kinh te tinh Lao Cai', 'Bao cao ra soat quy hoach Khu cong nghiep Dong Pho Moi', 'Ngay 22/7/2024'],
          },
        },
      },
    ],
  },
  {
    titleStartsWith: 'Di chuyển các hộ dân',
    steps: [
      {
        at: '2024-05-20T09:00:00+07:00',
        as: 'head:UBND-BT',
        report: { percent: 20, note: 'Đã kiểm đếm, lập phương án bồi thường; tổ chức đối thoại với các hộ dân.' },
      },
      {
        at: '2024-09-09T09:00:00+07:00',
        as: 'head:UBND-BT',
        report: { percent: 55, note: 'Đã phê duyệt phương án bồi thường; đang xây dựng khu tái định cư.' },
      },
    ],
  },
  {
    titleStartsWith: 'Thanh tra, giám sát việc sử dụng đất',
    steps: [
      {
        at: '2024-05-06T10:00:00+07:00',
        as: 'head:STNMT-LC',
        report: { percent: 20, note: 'Đã ban hành kế hoạch thanh tra việc sử dụng đất trong các khu công nghiệp.' },
      },
      {
        at: '2024-09-05T08:30:00+07:00',
        as: 'secretariat',
        remind: {
          note: 'Đề nghị Sở báo cáo kết quả thanh tra, nhiệm vụ đã quá hạn 31/8.',
          channel: 'document',
          documentNumber: '125/VP-TH',
        },
      },
      {
        at: '2024-09-26T14:15:00+07:00',
        as: 'leader',
        remind: { note: 'Gọi điện nhắc Giám đốc Sở khẩn trương hoàn thành.', channel: 'phone' },
      },
    ],
  },
  {
    titleStartsWith: 'Rà soát các dự án đã cấp phép',
    steps: [
      {
        at: '2024-04-08T09:00:00+07:00',
        as: 'head:BQLKKT-LC',
        report: { percent: 35, note: 'Đã rà soát 135 dự án; xác định 9 dự án chậm tiến độ, thiếu thủ tục.' },
      },
      {
        at: '2024-06-27T16:30:00+07:00',
        as: 'head:BQLKKT-LC',
        transition: { action: 'submit', note: 'Đã xử lý 6 dự án vi phạm; đề xuất thu hồi 3 dự án.' },
      },
      {
        at: '2024-07-03T10:00:00+07:00',
        as: 'leader',
        transition: { action: 'reject', note: 'Chưa có quyết định thu hồi đối với 3 dự án vi phạm nghiêm trọng.' },
      },
      {
        at: '2024-10-08T15:45:00+07:00',
        as: 'head:BQLKKT-LC',
        transition: { action: 'submit', note: 'Đã ban hành quyết định thu hồi 3 dự án; giới thiệu nhà đầu tư thay thế.' },
      },
    ],
  },
  {
    titleStartsWith: 'Tham mưu hoàn thiện hạ tầng, mặt bằng',
    steps: [
      {
        at: '2024-05-15T10:00:00+07:00',
        as: 'staff:BQLKKT-LC',
        report: { percent: 10, note: 'Đang tổng hợp nhu cầu hạ tầng, mặt bằng của các khu công nghiệp.' },
      },
      {
        at: '2024-06-12T11:00:00+07:00',
        as: 'head:SCT-LC',
        report: { note: 'Sở Công Thương gửi đề xuất phương án phân luồng hàng hóa qua cửa khẩu.' },
      },
    ],
  },
];

export interface StoryReport {
  told: number;
  alreadyTold: number;
}

interface DirectiveSummary {
  id: string;
  title: string;
  status: string;
  version: number;
}

function expectStatus(answer: HttpAnswer, status: number, what: string): HttpAnswer {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status}: ${answer.text}`);
  return answer;
}

/**
 * Tells each story through the API as the people in it, at the instants it
 * happened. A directive that has left `assigned` has had its story told: a
 * second run changes nothing.
 */
export async function tellFollowUpStory(
  meetingId: string,
  clientOf: (teller: Teller) => Promise<HttpClient>,
  at: (instant: string | null) => void,
): Promise<StoryReport> {
  const report: StoryReport = { told: 0, alreadyTold: 0 };
  const reader = await clientOf('secretariat');
  const meeting = expectStatus(await reader.get(`/api/v1/meetings/${meetingId}`), 200, 'reading the meeting');
  const directives = meeting.body.directives as DirectiveSummary[];
  try {
    for (const story of STORIES) {
      const directive = directives.find((d) => d.title.startsWith(story.titleStartsWith));
      if (!directive) throw new Error(`The demo meeting has no directive "${story.titleStartsWith}…"`);
      if (directive.status !== 'assigned') {
        report.alreadyTold++;
        continue;
      }
      for (const step of story.steps) {
        at(step.at);
        await tell(directive.id, step, await clientOf(step.as), reader);
      }
      report.told++;
    }
  } finally {
    at(null);
  }
  return report;
}

async function tell(directiveId: string, step: Step, api: HttpClient, reader: HttpClient): Promise<void> {
  const base = `/api/v1/directives/${directiveId}`;
  const what = `${step.as} at ${step.at}`;
  const ifMatch = async () => ({ 'if-match': `W/"${(await reader.get(base)).body.version as number}"` });
  if ('report' in step) {
    const attachmentIds = step.report.evidence ? [await upload(api, step.report.evidence, what)] : undefined;
    expectStatus(
      await api.post(`${base}/progress-reports`, { percent: step.report.percent, note: step.report.note, attachmentIds }),
      201,
      `progress report by ${what}`,
    );
  } else if ('transition' in step) {
    expectStatus(
      await api.call('POST', `${base}/transitions`, step.transition, await ifMatch()),
      200,
      `${step.transition.action} by ${what}`,
    );
  } else if ('remind' in step) {
    expectStatus(await api.post(`${base}/reminders`, step.remind), 201, `reminder by ${what}`);
  } else if ('requestExtension' in step) {
    expectStatus(await api.post(`${base}/extension-requests`, step.requestExtension), 201, `extension request by ${what}`);
  } else {
    const requests = expectStatus(await reader.get(`${base}/extension-requests`), 200, 'listing extension requests');
    const pending = (requests.body.items as { id: string; status: string }[]).find((r) => r.status === 'pending');
    if (!pending) throw new Error(`No pending extension request to decide for ${what}`);
    expectStatus(
      await api.call('POST', `${base}/extension-requests/${pending.id}/decision`, step.decideExtension, await ifMatch()),
      200,
      `extension decision by ${what}`,
    );
  }
}

async function upload(api: HttpClient, evidence: { fileName: string; lines: string[] }, what: string): Promise<string> {
  const answer = expectStatus(
    await api.upload('/api/v1/attachments', evidence.fileName, 'application/pdf', evidencePdf(evidence.lines)),
    201,
    `upload by ${what}`,
  );
  return answer.body.id;
}
