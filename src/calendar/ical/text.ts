/**
 * The two text rules of RFC 5545 every property goes through: TEXT values
 * escaped (§3.3.11) and content lines folded (§3.1). Folding counts octets,
 * not characters: a Vietnamese letter takes two or three of them in UTF-8,
 * and a fold inside one would corrupt it for every reader.
 */

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Backslash, comma and semicolon escaped, every line break as `\n`; other control characters (forbidden in TEXT) dropped. */
export function escapeText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\r\n|[\r\n\\,;]/g, (match) => (match === '\r\n' || match === '\r' || match === '\n' ? '\\n' : `\\${match}`))
  );
}

/**
 * Splits a content line into physical lines of at most 75 octets, each
 * continuation starting with one space (which counts in its 75), joined by CRLF.
 * Splits fall between code points, so no UTF-8 sequence is ever cut.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
