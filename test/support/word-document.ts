import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A run of text as Word stores it, with the formatting a reader sees. */
export interface WordRun {
  text: string;
  bold: boolean;
  italics: boolean;
  /** Half-points; null: the document default. */
  size: number | null;
  font: string | null;
}

export interface WordParagraph {
  kind: 'paragraph';
  /** The runs' text; a line break is "\n". */
  text: string;
  runs: WordRun[];
  alignment: string | null;
  /** The sides of the paragraph that have a line drawn (the decree's rules). */
  borders: string[];
}

export interface WordTable {
  kind: 'table';
  /** rows → cells → paragraphs */
  rows: WordParagraph[][][];
  /** The table's border sides and their style: "none" for every side of a borderless table. */
  borders: Record<string, string>;
  columnWidths: number[];
}

/** What the tests read from a .docx: the body in order, the page and the default font. */
export interface WordDocument {
  body: (WordParagraph | WordTable)[];
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  defaults: { font: string | null; size: number | null };
  /** Every w:sz value in the body, for the type sizes used. */
  sizesUsed: number[];
  /** All of the body's text, for what must not be there. */
  allText: string;
}

const children = (element: Element, name: string): Element[] =>
  Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
const child = (element: Element | undefined, name: string): Element | undefined => (element ? children(element, name)[0] : undefined);
const attr = (element: Element | undefined, name: string): string | null => element?.getAttributeNS(W, name) ?? null;
const on = (element: Element | undefined): boolean => element !== undefined && !['0', 'false'].includes(attr(element, 'val') ?? 'true');

function readRun(run: Element): WordRun {
  const props = child(run, 'rPr');
  let text = '';
  for (const node of Array.from(run.childNodes)) {
    if (node.nodeType !== 1) continue;
    const name = (node as Element).localName;
    if (name === 't') text += node.textContent ?? '';
    if (name === 'br') text += '\n';
    if (name === 'tab') text += '\t';
  }
  const size = attr(child(props, 'sz'), 'val');
  return {
    text,
    bold: on(child(props, 'b')),
    italics: on(child(props, 'i')),
    size: size === null ? null : Number(size),
    font: attr(child(props, 'rFonts'), 'ascii'),
  };
}

function readParagraph(paragraph: Element): WordParagraph {
  const props = child(paragraph, 'pPr');
  const runs = children(paragraph, 'r').map(readRun);
  const borders = child(props, 'pBdr');
  return {
    kind: 'paragraph',
    text: runs.map((r) => r.text).join(''),
    runs,
    alignment: attr(child(props, 'jc'), 'val'),
    borders: borders
      ? Array.from(borders.childNodes)
          .filter((n): n is Element => n.nodeType === 1 && attr(n as Element, 'val') !== 'none')
          .map((n) => n.localName!)
      : [],
  };
}

function readTable(table: Element): WordTable {
  const props = child(table, 'tblPr');
  const borders = child(props, 'tblBorders');
  return {
    kind: 'table',
    rows: children(table, 'tr').map((row) => children(row, 'tc').map((cell) => children(cell, 'p').map(readParagraph))),
    borders: Object.fromEntries(
      borders
        ? Array.from(borders.childNodes)
            .filter((n): n is Element => n.nodeType === 1)
            .map((n) => [n.localName!, attr(n, 'val') ?? ''])
        : [],
    ),
    columnWidths: children(child(table, 'tblGrid')!, 'gridCol').map((c) => Number(attr(c, 'w'))),
  };
}

/** A file Word could not open fails the test; U+FFFD (put in place of what XML cannot hold) is only worth a warning, which is dropped. */
const strict = (level: 'warning' | 'error' | 'fatalError', message: string): void => {
  if (level !== 'warning') throw new Error(`The document is not well-formed XML: ${message}`);
};

/** Opens a .docx (a zip) and reads word/document.xml and word/styles.xml (strictly: malformed XML throws). */
export async function readWordDocument(bytes: Uint8Array): Promise<WordDocument> {
  const zip = await JSZip.loadAsync(bytes);
  const parse = async (path: string) =>
    new DOMParser({ onError: strict }).parseFromString(await zip.file(path)!.async('string'), 'text/xml').documentElement!;
  const document = await parse('word/document.xml');
  const styles = await parse('word/styles.xml');
  const body = child(document, 'body')!;
  const section = child(body, 'sectPr')!;
  const size = child(section, 'pgSz')!;
  const margins = child(section, 'pgMar')!;
  const defaultRun = child(child(child(styles, 'docDefaults'), 'rPrDefault'), 'rPr');
  const content = Array.from(body.childNodes)
    .filter((n): n is Element => n.nodeType === 1 && ['p', 'tbl'].includes((n as Element).localName!))
    .map((n) => (n.localName === 'p' ? readParagraph(n) : readTable(n)));
  return {
    body: content,
    page: {
      width: Number(attr(size, 'w')),
      height: Number(attr(size, 'h')),
      margins: {
        top: Number(attr(margins, 'top')),
        bottom: Number(attr(margins, 'bottom')),
        left: Number(attr(margins, 'left')),
        right: Number(attr(margins, 'right')),
      },
    },
    defaults: {
      font: attr(child(defaultRun, 'rFonts'), 'ascii'),
      size: attr(child(defaultRun, 'sz'), 'val') === null ? null : Number(attr(child(defaultRun, 'sz'), 'val')),
    },
    sizesUsed: Array.from(body.getElementsByTagNameNS(W, 'sz')).map((e) => Number(attr(e, 'val'))),
    allText: Array.from(body.getElementsByTagNameNS(W, 't'))
      .map((e) => e.textContent)
      .join(' '),
  };
}

/** The text of each paragraph of a table cell. */
export const cellText = (table: WordTable, row: number, cell: number): string[] => table.rows[row]![cell]!.map((p) => p.text);

/** The paragraphs of the body (outside tables), by their text. */
export const paragraphs = (document: WordDocument): WordParagraph[] =>
  document.body.filter((part): part is WordParagraph => part.kind === 'paragraph');

export const tables = (document: WordDocument): WordTable[] => document.body.filter((part): part is WordTable => part.kind === 'table');
