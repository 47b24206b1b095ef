import { nextPart } from '../common/http/multipart-parts.js';
import { Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors/domain-error.js';
import { slices } from '../attachments/file-chunks.js';
import { acceptedFileName } from '../attachments/file-name.js';
import { DOCX_READER_LIMITS, readDocxText } from './docx-text.js';
import { ImportError, badImportUpload } from './imports.errors.js';

/** The largest .docx or .txt accepted: a Word file with its pictures is far larger than its text. */
export const IMPORT_FILE_MAX_BYTES = 10 * 1024 * 1024;

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const TEXT_TYPE = 'text/plain';

export interface ReceivedFile {
  fileName: string;
  mediaType: typeof DOCX_TYPE | typeof TEXT_TYPE;
  text: string;
  /** The other form fields, as strings: validated with the JSON body's rules. */
  fields: Record<string, string>;
}

const ONE_FILE =
  'Send multipart/form-data with one file field named "file" (.docx or .txt) and, optionally, the fields sourceUrl and publishedOn.';
const FIELDS = new Set(['sourceUrl', 'publishedOn']);
const logger = new Logger('ImportedDocx');

/**
 * Reads the one file of a multipart request and the text in it. Its real
 * type is sniffed from its bytes (file-type): a .docx must be a Word
 * document, a .txt must be UTF-8 text; anything else is 415. A Word file that
 * cannot be read is 422. Nothing is written anywhere.
 */
export async function receiveFile(request: FastifyRequest): Promise<ReceivedFile> {
  const parts = request.parts({
    limits: { fileSize: IMPORT_FILE_MAX_BYTES + 1, files: 2, fields: 3, parts: 5, fieldSize: 4096, headerPairs: 50 },
    preservePath: true,
    throwFileSizeLimit: false,
  } as Parameters<FastifyRequest['parts']>[0]);
  const fields: Record<string, string> = {};
  let file: { fileName: string; bytes: Buffer } | undefined;
  for (let part = await nextPart(parts, unreadableUpload); part; part = await nextPart(parts, unreadableUpload)) {
    if (part.type === 'field') {
      if (!FIELDS.has(part.fieldname) || typeof part.value !== 'string') throw badImportUpload(ONE_FILE, `unknown field ${part.fieldname}`);
      fields[part.fieldname] = part.value;
      continue;
    }
    if (part.fieldname !== 'file' || file) throw badImportUpload(ONE_FILE, 'send one file, in the field "file"');
    const fileName = importFileName(part.filename);
    const chunks: Buffer[] = [];
    for await (const chunk of slices(part.file, 256 * 1024, IMPORT_FILE_MAX_BYTES, tooLarge)) chunks.push(chunk);
    file = { fileName, bytes: Buffer.concat(chunks) };
  }
  if (!file) throw badImportUpload(ONE_FILE, 'file is required');
  if (file.bytes.length === 0) throw badImportUpload('The file is empty.', 'file must not be empty');
  const { mediaType, text } = await textOf(file.bytes, file.fileName);
  return { fileName: file.fileName, mediaType, text, fields };
}

async function textOf(bytes: Buffer, fileName: string): Promise<{ mediaType: ReceivedFile['mediaType']; text: string }> {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  // file-type and fflate are loaded by the first import, not at start-up: most instances never receive one.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.ext === 'docx') {
    if (extension !== 'docx')
      throw unsupported(`The file is a Word document (.docx) but its name ends in "${extension ? `.${extension}` : ''}".`);
    return { mediaType: DOCX_TYPE, text: await docxText(bytes) };
  }
  if (extension === 'docx') {
    throw unsupported(
      `The file is named .docx but its content is ${detected ? detected.ext.toUpperCase() : 'not a Word document'}. Accepted: .docx or UTF-8 .txt.`,
    );
  }
  if (extension !== 'txt' || detected) {
    throw unsupported(
      `The file's content is ${detected ? detected.ext.toUpperCase() : 'of no type this service reads'} (named "${fileName}"). Accepted: .docx or UTF-8 .txt.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw unsupported('The .txt file is not UTF-8 text. Save it as UTF-8 (Unicode) and send it again.');
  }
  // Binary content that happens to be valid UTF-8 (NULs, other control characters) is not a text.
  // eslint-disable-next-line no-control-regex -- finding binary bytes is the point
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 64 * 1024))) {
    throw unsupported('The .txt file contains binary data, not text.');
  }
  return { mediaType: TEXT_TYPE, text };
}

/**
 * Two guards before and around mammoth: the sizes the zip declares (a bomb of
 * 128 KB unpacking to 50 MB of XML is refused unread), then a worker with its
 * own heap and deadline for a zip whose declared sizes lie.
 */
async function docxText(bytes: Buffer): Promise<string> {
  const { DOCX_UNPACKED_LIMITS, inspectDocxArchive } = await import('./docx-archive.js');
  const archive = inspectDocxArchive(bytes);
  if (!archive.ok) {
    if (archive.reason === 'unreadable') throw unreadable();
    const mb = (n: number): string => `${Math.round(n / 1e6)} MB`;
    const why =
      archive.reason === 'document_too_large'
        ? `its text (word/document.xml) unpacks to ${mb(archive.declaredBytes)}, more than ${mb(DOCX_UNPACKED_LIMITS.documentXmlBytes)}`
        : archive.reason === 'archive_too_large'
          ? `it unpacks to more than ${mb(DOCX_UNPACKED_LIMITS.totalBytes)}`
          : `${archive.entry} unpacks to ${mb(archive.declaredBytes)}, more than ${DOCX_UNPACKED_LIMITS.ratio} times its packed size`;
    throw new DomainError(ImportError.FileTooLarge, `The Word document is refused: ${why}. Paste its text instead.`, [
      { field: 'file', message: 'the document unpacks to more than an import accepts' },
    ]);
  }
  const reading = await readDocxText(bytes);
  switch (reading.kind) {
    case 'text':
      return reading.text;
    case 'unreadable':
      throw unreadable();
    case 'too_heavy':
      logger.warn(`A Word document of ${bytes.length} bytes was refused: its reader ran out of ${reading.why}`);
      throw new DomainError(
        ImportError.FileTooComplex,
        reading.why === 'memory'
          ? `Reading this Word document needs more than the ${DOCX_READER_LIMITS.heapMb} MB an import may use. Split it, or paste its text.`
          : `Reading this Word document took more than ${DOCX_READER_LIMITS.timeoutMs / 1000} s. Split it, or paste its text.`,
        [{ field: 'file', message: 'the document is too large or complex to read' }],
      );
    case 'failed':
      logger.error(`The Word reader failed: ${reading.message}`);
      throw new DomainError(
        ImportError.ReaderUnavailable,
        'The Word reader is not available right now; retry in a moment, or paste the text.',
        [],
        {
          'retry-after': '5',
        },
      );
  }
}

function unreadable(): DomainError {
  return new DomainError(
    ImportError.UnreadableFile,
    'The Word document could not be read (it is damaged, or not a document Word writes). Open it in Word, save it again and retry, or paste its text.',
    [{ field: 'file', message: 'file could not be read as a Word document' }],
  );
}

/** The name rules of evidence files (NFC, no path, no control characters), answered as this feature's error. */
function importFileName(given: string | undefined): string {
  try {
    return acceptedFileName(given);
  } catch (error) {
    if (error instanceof DomainError) throw badImportUpload(error.detail, error.errors[0]?.message);
    throw error;
  }
}

function unsupported(detail: string): DomainError {
  return new DomainError(ImportError.UnsupportedFile, detail, [{ field: 'file', message: 'file must be a .docx or a UTF-8 .txt' }]);
}

function tooLarge(): DomainError {
  return new DomainError(
    ImportError.FileTooLarge,
    `The file is larger than ${IMPORT_FILE_MAX_BYTES / 1024 / 1024} MiB, the most an import accepts.`,
  );
}

function unreadableUpload(reason: string): DomainError {
  return badImportUpload(`${ONE_FILE} (${reason})`, 'the multipart body could not be read');
}
