import { DomainError } from '../common/errors/domain-error.js';
import { DRAFT_LIMITS } from './draft-limits.js';
import { ImportError } from './imports.errors.js';

/**
 * The text as the reader and every span see it: NFC, line endings "\n", no
 * byte-order mark, control characters other than tab and line feed dropped
 * (a .docx or a PDF copy brings form feeds and the like). Refuses an empty
 * text (400) and one longer than DRAFT_LIMITS.text characters (413).
 */
export function sourceTextOf(given: string): string {
  const text = withoutControlCharacters(given.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).normalize('NFC');
  if (text.trim() === '') {
    throw new DomainError(ImportError.NoText, 'The text is empty: there is nothing to read a meeting from.', [
      { field: 'text', message: 'text must not be empty' },
    ]);
  }
  if (text.length > DRAFT_LIMITS.text) {
    throw new DomainError(
      ImportError.TextTooLarge,
      `The text has ${text.length} characters; an import takes at most ${DRAFT_LIMITS.text}. Import the meeting's part of it.`,
    );
  }
  return text;
}

// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** A file's text without the control characters the API refuses in any string (common/validation/control-characters.ts). */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}
