import { crc32 } from 'node:zlib';

/** Small but real files of each accepted type, built here so the tests need no binary fixtures. */

export function pdf(text = 'Báo cáo tiến độ', padTo = 0): Buffer {
  const body = `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n`;
  const end = '%%EOF\n';
  const padding = Math.max(0, padTo - Buffer.byteLength(body) - end.length);
  return Buffer.concat([Buffer.from(body), Buffer.alloc(padding, 0x20), Buffer.from(end)]);
}

/** A 1×1 PNG. */
export const png = (): Buffer =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** The start of a JFIF JPEG: what file-type (and every viewer) recognises it by. */
export const jpeg = (): Buffer =>
  Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0'),
    Buffer.alloc(200, 1),
    Buffer.from([0xff, 0xd9]),
  ]);

/** An OLE2 compound file header: what DOC and XLS files (and MSI, MSG) all start with. */
export const compoundFile = (): Buffer =>
  Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1016, 0)]);

/** A Windows program. */
export const exe = (): Buffer => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126, 0x90)]);

const OOXML_MAIN = {
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'word/document.xml'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'xl/workbook.xml'],
} as const;

/** A minimal Office Open XML package: a zip whose [Content_Types].xml names the main part, as Word and Excel write it. */
export function officeOpenXml(kind: 'docx' | 'xlsx'): Buffer {
  const [contentType, main] = OOXML_MAIN[kind];
  return storedZip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/${main}" ContentType="${contentType}"/></Types>`,
    ],
    [main, '<?xml version="1.0" encoding="UTF-8"?><document>Tằng Loỏng</document>'],
  ]);
}

/** A zip archive with its entries stored (not compressed). */
function storedZip(entries: [name: string, content: string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
