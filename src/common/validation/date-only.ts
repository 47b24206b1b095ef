const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD ("2024-02-30" is not one). */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * True for an ISO 8601 instant that states its offset. A time without an offset
 * would be read in the server's zone, which is how meetings end up an hour or
 * seven away from when they happened.
 */
export function isInstantWithOffset(value: unknown): value is string {
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  const datePart = value.slice(0, 10);
  if (!isDateOnly(datePart)) return false;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return false;
  const [hours, minutes] = [Number(value.slice(11, 13)), Number(value.slice(14, 16))];
  return hours < 24 && minutes < 60;
}
