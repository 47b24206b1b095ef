import { DomainError } from '../common/errors/domain-error.js';
import { AttachmentError } from './attachments.errors.js';

interface AcceptedType {
  mediaType: string;
  /** The name's extension must be one of these (lower case). */
  extensions: readonly string[];
  /** Declared part types that agree with the content besides `mediaType` itself. */
  alsoDeclaredAs?: readonly string[];
}

/** What file-type reports → the type we store. DOC and XLS are both CFB (OLE2) containers: see recognise(). */
const BY_DETECTED: Record<string, AcceptedType> = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  jpg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], alsoDeclaredAs: ['image/jpg', 'image/pjpeg'] },
  png: { mediaType: 'image/png', extensions: ['png'] },
};
const CFB_FAMILY: Record<string, AcceptedType> = {
  doc: { mediaType: 'application/msword', extensions: ['doc'] },
  xls: { mediaType: 'application/vnd.ms-excel', extensions: ['xls'], alsoDeclaredAs: ['application/msexcel', 'application/x-msexcel'] },
};

/** What a client sends when it does not know the type (curl -F for a .docx, some browsers): no claim to check. */
const UNDECLARED = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

export const ACCEPTED_DESCRIPTION = 'PDF, DOCX, XLSX, DOC, XLS, JPEG or PNG';

/**
 * The type of an upload, recognised from its first bytes (magic numbers), and
 * checked against what the client claims: the name's extension and the part's
 * Content-Type must agree with the content, so a PNG named .pdf or an .exe
 * sent as application/pdf is refused (415), never stored under a false type.
 *
 * file-type reports legacy Word and Excel files alike as `cfb` (the OLE2
 * compound file both use) without looking inside; among that family the
 * extension (.doc or .xls) decides, and a CFB file with any other name
 * (an .msi, an .msg) is refused.
 */
export async function recognise(head: Uint8Array, fileName: string, declaredType: string): Promise<string> {
  // Loaded by the first upload (about 12 MB of memory), not at start-up.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(head);
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const accepted = detected?.ext === 'cfb' ? CFB_FAMILY[extension] : detected ? BY_DETECTED[detected.ext] : undefined;
  if (!accepted) {
    const what = detected ? detected.ext.toUpperCase() : 'of no type this service recognises';
    throw unsupported(`The file's content is ${what}. Accepted: ${ACCEPTED_DESCRIPTION}.`);
  }
  if (!accepted.extensions.includes(extension)) {
    throw unsupported(
      `The file's content is ${accepted.mediaType} but its name ends in "${extension ? `.${extension}` : ''}"; rename it .${accepted.extensions[0]}.`,
    );
  }
  const declared = (declaredType.split(';')[0] ?? '').trim().toLowerCase();
  if (!UNDECLARED.has(declared) && declared !== accepted.mediaType && !accepted.alsoDeclaredAs?.includes(declared)) {
    throw unsupported(`The file was sent as ${declared} but its content is ${accepted.mediaType}.`);
  }
  return accepted.mediaType;
}

function unsupported(detail: string): DomainError {
  return new DomainError(AttachmentError.UnsupportedType, detail);
}
