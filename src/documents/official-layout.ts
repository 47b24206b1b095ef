import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';

/**
 * The presentation rules of Nghị định 30/2020/NĐ-CP (Phụ lục I) that every
 * administrative document of the office follows: A4, Times New Roman, the
 * margins and type sizes of the decree, and the header with the issuing body
 * on the left and the national title on the right.
 */
export const FONT = 'Times New Roman';
/** Sizes in half-points, as Word counts them. */
export const SIZE = { body: 28, header: 26, recipientsHeading: 24, recipients: 22 } as const;
/** A4 in twips (1/1440 inch). */
export const A4 = { width: 11906, height: 16838 } as const;
/** Top 20 mm, bottom 20 mm, left 30 mm, right 15 mm: within the decree's 20–25, 20–25, 30–35 and 15–20 mm. */
export const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 851 } as const;
const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
/** The left column of the header and of the signature area (6 cm); the right one takes the rest, room for the national title on one line. */
const LEFT_COLUMN = 3402;
const RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
/** First-line indent of running text: 1 cm–1.27 cm. */
const FIRST_LINE = 567;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** What is left for the office to fill in by hand (the number before registration, a missing name). */
export const BLANK = '……';

type Run = string | IRunOptions;

// XML 1.0 has no place for these (validation lets them through: they are not control characters); Word would refuse the file.
const NOT_IN_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The runs of one part of a paragraph: a line feed in recorded text (a summary of several lines) becomes a line break. */
function runs(part: Run): TextRun[] {
  const options = typeof part === 'string' ? { text: part } : part;
  const text = typeof options.text === 'string' ? options.text.replace(NOT_IN_XML, '\uFFFD') : '';
  return text.split(/\r\n|\r|\n/).map((line, i) => new TextRun({ ...options, text: line, break: i === 0 ? options.break : 1 }));
}

const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;

/**
 * A short horizontal line, centred, as the decree draws under the issuing
 * body, the motto and the title's summary: the top border of an empty
 * paragraph (the line above keeps a little space after, off the letters).
 */
function ruleParagraph(width: number, columnWidth: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - width) / 2));
  return new Paragraph({
    border: { top: rule },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 120 },
    children: [],
  });
}

export function centred(parts: Run[], options: { after?: number; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    children: parts.flatMap(runs),
  });
}

/** Running text: justified, first line indented, 6 pt after. */
export function bodyParagraph(parts: Run[], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: FIRST_LINE },
    spacing: { before: 0, after: 120, line: 276 },
    keepNext: options.keepNext,
    children: parts.flatMap(runs),
  });
}

function borderlessTable(cells: [Paragraph[], Paragraph[]]): Table {
  const widths = [LEFT_COLUMN, RIGHT_COLUMN];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map((children, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, children })),
      }),
    ],
  });
}

export interface OfficialHeader {
  /** The body above the issuer (cơ quan chủ quản), if any. */
  parentName: string | null;
  issuerName: string | null;
  /** "Số: …/TB-TTTU-LC": the number is given at registration, the kind and the issuer's short name are known. */
  number: string;
  /** null for a document dated in its text (a biên bản states when it began and ended). */
  placeAndDate: string | null;
}

/**
 * Ô 1–4 of the decree's layout: issuing body and number on the left, national
 * title, motto and place-and-date on the right, in a table without borders.
 */
export function headerTable(header: OfficialHeader): Table {
  const left: Paragraph[] = [];
  if (header.parentName) left.push(centred([{ text: header.parentName.toLocaleUpperCase('vi'), size: SIZE.header }]));
  left.push(centred([{ text: (header.issuerName ?? BLANK).toLocaleUpperCase('vi'), size: SIZE.header, bold: true }], { after: 40 }));
  left.push(ruleParagraph(Math.round(LEFT_COLUMN / 3), LEFT_COLUMN));
  left.push(centred([{ text: header.number, size: SIZE.header }], { before: 60 }));

  const right: Paragraph[] = [
    centred([{ text: NATIONAL_TITLE, size: SIZE.header, bold: true }]),
    centred([{ text: MOTTO, size: SIZE.body, bold: true }], { after: 40 }),
    // The decree's line under the motto is as long as the motto: about 3,600 twips in 14 pt bold.
    ruleParagraph(3600, RIGHT_COLUMN),
  ];
  if (header.placeAndDate) right.push(centred([{ text: header.placeAndDate, size: SIZE.body, italics: true }], { before: 120 }));
  return borderlessTable([left, right]);
}

/** Ô 5: the kind of document in capitals and bold, its summary below, a short line under both. */
export function titleBlock(kind: string, summaryLines: string[]): Paragraph[] {
  return [
    centred([{ text: kind, bold: true, size: SIZE.body }], { before: 360 }),
    centred(
      summaryLines.map((line, i) => ({ text: line, bold: true, size: SIZE.body, break: i === 0 ? undefined : 1 })),
      { after: 60 },
    ),
    ruleParagraph(1800, TEXT_WIDTH),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** A signature: the capacity in capitals and bold, room for the signature and seal, the name in bold. */
export function signatureBlock(capacity: string, name: string | null): Paragraph[] {
  return [
    centred([{ text: capacity.toLocaleUpperCase('vi'), bold: true, size: SIZE.body }]),
    ...Array.from({ length: 4 }, () => centred([{ text: '', size: SIZE.body }])),
    centred([{ text: name ?? BLANK, bold: true, size: SIZE.body }]),
  ];
}

/** Ô 9a: "Nơi nhận:" in bold italics (12 pt), then one line per recipient (11 pt) ending with ";", the file copy last. */
export function recipientsBlock(recipients: string[]): Paragraph[] {
  const lines = [...recipients.map((name) => `- ${name};`), '- Lưu: VT.'];
  return [
    new Paragraph({ children: runs({ text: 'Nơi nhận:', bold: true, italics: true, size: SIZE.recipientsHeading }) }),
    ...lines.map((text) => new Paragraph({ children: runs({ text, size: SIZE.recipients }) })),
  ];
}

/** The bottom of the document: what goes bottom-left (recipients, or a second signer) and the signature bottom-right. */
export function closingTable(left: Paragraph[], right: Paragraph[]): (Paragraph | Table)[] {
  return [new Paragraph({ spacing: { after: 120 }, children: [] }), borderlessTable([left, right])];
}

/** A4, the decree's margins, Times New Roman 14 pt everywhere unless a part says otherwise. */
export function officialDocument(title: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const document = new Document({
    title,
    creator: 'Chỉ Đạo',
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: MARGINS.top, bottom: MARGINS.bottom, left: MARGINS.left, right: MARGINS.right, header: 0, footer: 0 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
