import { StreamableFile } from '@nestjs/common';
import { contentDispositionOf } from '../attachments/file-name.js';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A generated Word file: its Vietnamese name and its bytes. */
export interface WordFile {
  fileName: string;
  body: Buffer;
}

/** The file as the answer: its media type, its length and its name (RFC 6266, with an ASCII fallback for old clients). */
export function wordDownload(file: WordFile): StreamableFile {
  return new StreamableFile(file.body, {
    type: DOCX_MEDIA_TYPE,
    length: file.body.length,
    disposition: contentDispositionOf(file.fileName),
  });
}
