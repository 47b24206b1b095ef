/**
 * Words that end an agency's name ("Công ty Cổ | phần …", "Chi cục Trồng trọt và Bảo vệ | thực vật",
 * "UBND các huyện, | thị xã, thành phố"): a title that starts with one is the rest of a name the reader cut.
 */
const NAME_TAILS = ['phần', 'hữu hạn', 'thực vật', 'thị xã', 'thị trấn', 'thành phố', 'phường', 'xã', 'quận'];

/** Words that join two parts of a sentence; a task does not begin with one. */
const CONJUNCTIONS = ['và', 'hoặc'];

/**
 * Why a directive's title reads as a fragment, or null when it reads as a task:
 * it starts with punctuation, with a conjunction ("và …", "hoặc …"), or with the
 * tail of a name cut short. The reader capitalizes titles, so case is not a clue; tone marks are
 * ("phần" ends a name, "phân loại" starts a task).
 */
export function titleDefect(title: string): string | null {
  const trimmed = title.trim();
  if (trimmed === '') return 'is empty';
  if (/^[^\p{L}\p{N}]/u.test(trimmed)) return 'starts with punctuation';
  const words = ` ${trimmed
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (CONJUNCTIONS.some((word) => words.startsWith(` ${word} `))) return 'starts with a conjunction';
  if (NAME_TAILS.some((tail) => words.startsWith(` ${tail} `))) return 'starts with the tail of a cut name';
  return null;
}
