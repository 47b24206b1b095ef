import { DIRECTIVE_STATUS_LABELS } from '../directives/directive-vocabulary.js';
import { vietnameseDate } from './digest-time.js';

/** One directive in a digest, as a reader needs it. */
export interface DigestItem {
  directiveId: string;
  title: string;
  leadAgency: string;
  dueDate: string | null;
  status: string;
}

/** What one user is told in the morning; empty sections are left out. */
export interface Digest {
  overdue: DigestItem[];
  dueSoon: DigestItem[];
  rejected: DigestItem[];
  awaitingConfirmation: DigestItem[];
  pendingExtensionDecisions: DigestItem[];
}

export const EMPTY_DIGEST: Digest = { overdue: [], dueSoon: [], rejected: [], awaitingConfirmation: [], pendingExtensionDecisions: [] };

/** The sections in the order a reader acts on them, with their heading and their word in the subject. */
const SECTIONS: readonly { key: keyof Digest; heading: string; counted: string }[] = [
  { key: 'overdue', heading: 'Quá hạn', counted: 'quá hạn' },
  { key: 'dueSoon', heading: 'Sắp đến hạn', counted: 'sắp đến hạn' },
  { key: 'rejected', heading: 'Bị trả lại, cần thực hiện tiếp', counted: 'bị trả lại' },
  { key: 'awaitingConfirmation', heading: 'Chờ Lãnh đạo xác nhận hoàn thành', counted: 'chờ xác nhận' },
  { key: 'pendingExtensionDecisions', heading: 'Đề nghị gia hạn chờ quyết định', counted: 'chờ quyết định gia hạn' },
];

/** A digest item carries its status as a string; one the vocabulary does not know is shown as it is. */
const statusLabel = (status: string): string => (DIRECTIVE_STATUS_LABELS as Partial<Record<string, string>>)[status] ?? status;

export function isEmptyDigest(digest: Digest): boolean {
  return SECTIONS.every(({ key }) => digest[key].length === 0);
}

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
}

/** The morning e-mail: "Chỉ Đạo — tổng hợp ngày 12/03/2024: 2 quá hạn, 1 sắp đến hạn", in plain text and simple HTML. */
export function composeDigestMail(day: string, recipientName: string, digest: Digest): DigestMail {
  const sections = SECTIONS.filter(({ key }) => digest[key].length > 0);
  const date = vietnameseDate(day);
  const subject = `Chỉ Đạo — tổng hợp ngày ${date}: ${sections.map(({ key, counted }) => `${digest[key].length} ${counted}`).join(', ')}`;
  const line = (item: DigestItem): string =>
    `${item.title} — Chủ trì: ${item.leadAgency} — Hạn: ${item.dueDate ? vietnameseDate(item.dueDate) : 'không có'} — ` +
    `Trạng thái: ${statusLabel(item.status)}`;
  const text = [
    `Kính gửi ${recipientName},`,
    '',
    `Tổng hợp các chỉ đạo cần theo dõi ngày ${date}:`,
    ...sections.flatMap(({ key, heading }) => ['', `${heading} (${digest[key].length}):`, ...digest[key].map((item) => `- ${line(item)}`)]),
    '',
    'Thư tự động của hệ thống Chỉ Đạo; xin đừng trả lời thư này.',
  ].join('\n');
  const cell = (value: string): string => `<td>${escapeHtml(value)}</td>`;
  const html = [
    `<p>Kính gửi ${escapeHtml(recipientName)},</p>`,
    `<p>Tổng hợp các chỉ đạo cần theo dõi ngày ${date}:</p>`,
    ...sections.map(
      ({ key, heading }) =>
        `<h3>${escapeHtml(heading)} (${digest[key].length})</h3>\n<table border="1" cellpadding="4" cellspacing="0">` +
        '<tr><th>Chỉ đạo</th><th>Chủ trì</th><th>Hạn</th><th>Trạng thái</th></tr>' +
        digest[key]
          .map(
            (item) =>
              `<tr>${cell(item.title)}${cell(item.leadAgency)}${cell(item.dueDate ? vietnameseDate(item.dueDate) : 'không có')}` +
              `${cell(statusLabel(item.status))}</tr>`,
          )
          .join('') +
        '</table>',
    ),
    '<p><small>Thư tự động của hệ thống Chỉ Đạo; xin đừng trả lời thư này.</small></p>',
  ].join('\n');
  return { subject, text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
