import { hasControlCharacter } from '../common/validation/control-characters.js';
import { badUpload } from './attachments.errors.js';

const MAX_LENGTH = 255;

/**
 * The uploader's file name as it will be stored and given back: NFC (a name
 * typed on macOS arrives decomposed; "Tằng Loỏng" must compare and sort like
 * the one typed on Windows), with no control characters and no path: a name,
 * not a place to write to.
 */
export function acceptedFileName(given: string | undefined): string {
  const name = (given ?? '').normalize('NFC').trim();
  if (name === '') throw badUpload('The file has no name; send it with a filename.', 'file must have a name');
  if (name.length > MAX_LENGTH)
    throw badUpload(`The file name is longer than ${MAX_LENGTH} characters.`, `file name must be at most ${MAX_LENGTH} characters`);
  if (hasControlCharacter(name))
    throw badUpload('The file name contains control characters.', 'file name must not contain control characters');
  if (/[/\\]/.test(name))
    throw badUpload('The file name contains a path separator (/ or \\); send the name only.', 'file name must not contain / or \\');
  return name;
}

export { contentDispositionOf } from '../common/http/content-disposition.js';
