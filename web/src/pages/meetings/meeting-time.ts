import { formatDate, formatTime } from '../../i18n/format';

/**
 * When a meeting took place, as an invitation writes it: "14:00–16:30, 01/12/2026" on one day,
 * "14:00, 01/12/2026 – 11:00, 02/12/2026" across days (days in the office's zone, not UTC).
 */
export function formatMeetingTime(startsAt: string, endsAt: string | null): string {
  const start = `${formatTime(startsAt)}, ${formatDate(startsAt)}`;
  if (!endsAt) return start;
  if (formatDate(endsAt) === formatDate(startsAt)) return `${formatTime(startsAt)}–${formatTime(endsAt)}, ${formatDate(startsAt)}`;
  return `${start} – ${formatTime(endsAt)}, ${formatDate(endsAt)}`;
}
