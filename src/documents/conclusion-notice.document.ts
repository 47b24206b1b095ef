import type { Paragraph, Table } from 'docx';
import { agenciesNamed, conclusionParagraph } from './conclusion-paragraph.js';
import type { MeetingDocumentModel } from './meeting-document.model.js';
import type { WordFile } from './word-download.js';
import { kindWord, nameAndPosition } from './meeting-wording.js';
import {
  BLANK,
  bodyParagraph,
  centred,
  closingTable,
  headerTable,
  officialDocument,
  recipientsBlock,
  signatureBlock,
  titleBlock,
} from './official-layout.js';
import { isoDate, placeAndDate } from './vietnamese-dates.js';

/**
 * The Thông báo kết luận of a meeting (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * who chaired and who attended, then each conclusion naming the lead agency,
 * the cooperating agencies and the deadline; sent to those agencies, signed
 * by the chair. The number is left blank: it is given when the notice is
 * registered (vào sổ), not here.
 */
export async function conclusionNotice(model: MeetingDocumentModel): Promise<WordFile> {
  const date = `${model.startsAt.day}/${model.startsAt.month}/${model.startsAt.year}`;
  const where = kindWord(model);
  const chair = model.chair;

  const children: (Paragraph | Table)[] = [
    headerTable({
      parentName: model.issuer.parentName,
      issuerName: model.issuer.name,
      number: `Số: ${BLANK}/TB${model.issuer.shortName ? `-${model.issuer.shortName}` : ''}`,
      placeAndDate: placeAndDate(model.place, model.startsAt),
    }),
    ...titleBlock('THÔNG BÁO', [`Kết luận${chair ? ` của đồng chí ${chair.fullName}` : ''} tại ${where} ngày ${date}`, model.title]),
  ];
  if (model.extractFor)
    children.push(
      centred([{ text: `(Trích các kết luận giao cho hoặc có sự phối hợp của ${model.extractFor})`, italics: true }], { after: 120 }),
    );

  const attending = model.attendees.filter((a) => a.attended).map((a) => nameAndPosition(a.person));
  children.push(
    bodyParagraph([
      `Ngày ${date}${model.location ? `, tại ${model.location}` : ''}, ` +
        (chair
          ? `đồng chí ${nameAndPosition(chair)}${chair.position ? ',' : ''} chủ trì ${where} “${model.title}”.`
          : `${where} “${model.title}” đã diễn ra.`) +
        (attending.length > 0 ? ` Tham dự có các đồng chí: ${attending.join('; ')}.` : ''),
    ]),
  );

  const reports = model.speeches.filter((s) => s.kind === 'report').map((s) => `báo cáo của đồng chí ${nameAndPosition(s.speaker)}`);
  children.push(
    bodyParagraph(
      [
        `Sau khi nghe ${reports.length > 0 ? `${reports.join('; ')} và ` : ''}ý kiến của các đại biểu dự họp, ` +
          (chair ? `đồng chí ${chair.fullName} kết luận như sau:` : `${where} thống nhất kết luận như sau:`),
      ],
      { keepNext: true },
    ),
  );
  if (model.conclusions.length === 0) children.push(bodyParagraph([{ text: '(Không có kết luận giao nhiệm vụ.)', italics: true }]));
  children.push(...model.conclusions.map(conclusionParagraph));
  children.push(
    bodyParagraph([`${model.issuer.name ?? 'Văn phòng'} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.`]),
    ...closingTable(
      recipientsBlock(agenciesNamed(model.conclusions)),
      signatureBlock(chair ? (chair.position ?? 'Chủ trì') : 'Người chủ trì', chair?.fullName ?? null),
    ),
  );

  return {
    fileName: `Thông báo kết luận ${isoDate(model.startsAt)}.docx`,
    body: await officialDocument(`Thông báo kết luận: ${model.title}`, children),
  };
}
