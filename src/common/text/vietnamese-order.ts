// One collator for the process: `a.localeCompare(b, 'vi')` gives the same order
// but looks the locale up again on every comparison.
const collator = new Intl.Collator('vi');

/** Compares two names in Vietnamese alphabetical order (a < ă < â < b … đ after d). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
