import { Paragraph, type Table } from 'docx';
import { conclusionParagraph } from './conclusion-paragraph.js';
import type { MeetingDocumentModel } from './meeting-document.model.js';
import type { WordFile } from './word-download.js';
import { nameAndPosition, ROLE_WORDS, sentence, SPEECH_KIND_WORDS } from './meeting-wording.js';
import {
  BLANK,
  bodyParagraph,
  closingTable,
  headerTable,
  officialDocument,
  recipientsBlock,
  signatureBlock,
  titleBlock,
} from './official-layout.js';
import { isoDate, officialDate, timeOfDay } from './vietnamese-dates.js';

const label = (name: string, value: string): Paragraph => bodyParagraph([{ text: `${name}: `, bold: true }, value]);
const heading = (text: string): Paragraph => bodyParagraph([{ text, bold: true }], { keepNext: true });

/**
 * The Biên bản of a meeting (Nghị định 30/2020/NĐ-CP, Phụ lục I, the form of
 * a biên bản): when and where, who chaired, who took the minutes, who
 * attended, each speech in the order spoken with its speaker, the conclusions;
 * signed by the secretary (left) and the chair (right).
 */
export async function minutesDocument(model: MeetingDocumentModel): Promise<WordFile> {
  const children: (Paragraph | Table)[] = [
    headerTable({
      parentName: model.issuer.parentName,
      issuerName: model.issuer.name,
      number: `Số: ${BLANK}/BB${model.issuer.shortName ? `-${model.issuer.shortName}` : ''}`,
      placeAndDate: null,
    }),
    ...titleBlock('BIÊN BẢN', [model.title]),
    label('Thời gian bắt đầu', `${timeOfDay(model.startsAt)}, ${officialDate(model.startsAt)}.`),
    label('Địa điểm', model.location ? sentence(model.location) : BLANK),
    label('Chủ trì (chủ tọa)', model.chair ? `đồng chí ${sentence(nameAndPosition(model.chair))}` : BLANK),
  ];
  if (model.secretaries.length > 0)
    children.push(label('Thư ký (người ghi biên bản)', `đồng chí ${sentence(model.secretaries.map(nameAndPosition).join('; đồng chí '))}`));

  children.push(heading('Thành phần tham dự:'));
  for (const role of Object.keys(ROLE_WORDS) as (keyof typeof ROLE_WORDS)[]) {
    const people = model.attendees.filter((a) => a.role === role && a.attended).map((a) => nameAndPosition(a.person));
    if (people.length > 0) children.push(bodyParagraph([`- ${ROLE_WORDS[role]}: ${sentence(people.join('; '))}`]));
  }
  const absent = model.attendees.filter((a) => !a.attended).map((a) => nameAndPosition(a.person));
  if (absent.length > 0) children.push(bodyParagraph([`- Vắng mặt: ${sentence(absent.join('; '))}`]));

  children.push(heading('Nội dung (theo diễn biến cuộc họp):'));
  if (model.speeches.length === 0) children.push(bodyParagraph([{ text: '(Không ghi nhận phát biểu.)', italics: true }]));
  model.speeches.forEach((speech, i) => {
    const said = `${SPEECH_KIND_WORDS[speech.kind]}${speech.title ? ` “${speech.title}”` : ''}`;
    children.push(
      bodyParagraph([
        { text: `${i + 1}. Đồng chí ${nameAndPosition(speech.speaker)}`, bold: true },
        speech.summary ? ` ${said}: ${sentence(speech.summary)}` : ` ${said}.`,
      ]),
    );
  });

  children.push(heading('Kết luận:'));
  if (model.extractFor)
    children.push(bodyParagraph([{ text: `(Trích các kết luận giao cho hoặc có sự phối hợp của ${model.extractFor})`, italics: true }]));
  if (model.conclusions.length === 0) children.push(bodyParagraph([{ text: '(Không có kết luận giao nhiệm vụ.)', italics: true }]));
  children.push(...model.conclusions.map(conclusionParagraph));

  children.push(
    bodyParagraph([
      model.endsAt
        ? `Cuộc họp kết thúc vào ${timeOfDay(model.endsAt)}, ${officialDate(model.endsAt)}./.`
        : `Cuộc họp kết thúc vào ${BLANK} giờ ${BLANK}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}./.`,
    ]),
    ...closingTable(
      signatureBlock('Thư ký', model.secretaries[0]?.fullName ?? null),
      signatureBlock('Chủ tọa', model.chair?.fullName ?? null),
    ),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    ...recipientsBlock(['Các đại biểu dự họp']),
  );

  return {
    fileName: `Biên bản ${isoDate(model.startsAt)}.docx`,
    body: await officialDocument(`Biên bản: ${model.title}`, children),
  };
}
