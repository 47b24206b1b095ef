import type { Paragraph } from 'docx';
import type { DocumentConclusion } from './meeting-document.model.js';
import { bodyParagraph } from './official-layout.js';
import { sentence } from './meeting-wording.js';
import { shortDate } from './vietnamese-dates.js';

/**
 * "3. Thành lập Trung tâm … . Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với
 * Sở Nội vụ thực hiện; thời hạn hoàn thành: 30/9/2024." One paragraph per
 * conclusion, numbered as the meeting numbered it.
 */
export function conclusionParagraph(conclusion: DocumentConclusion): Paragraph {
  const assignment =
    `Giao ${conclusion.lead} chủ trì` +
    (conclusion.cooperating.length > 0 ? `, phối hợp với ${conclusion.cooperating.join(', ')}` : '') +
    (conclusion.dueDate ? ` thực hiện; thời hạn hoàn thành: ${shortDate(conclusion.dueDate)}.` : ' thực hiện thường xuyên.');
  return bodyParagraph([
    { text: `${conclusion.ordinal}. `, bold: true },
    sentence(conclusion.title) + ' ',
    ...(conclusion.description ? [sentence(conclusion.description) + ' '] : []),
    assignment,
  ]);
}

/** The agencies a conclusion goes to, each once, in the order the conclusions name them (lead first). */
export function agenciesNamed(conclusions: DocumentConclusion[]): string[] {
  return [...new Set(conclusions.flatMap((c) => [c.lead, ...c.cooperating]))];
}
