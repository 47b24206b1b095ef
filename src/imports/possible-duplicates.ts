import type { EntityManager } from 'typeorm';
import type { DraftContent, DraftWarning } from './draft-content.js';

export const POSSIBLE_DUPLICATE = 'possible_duplicate';

/** Titles this close (trigrams, ignoring case and accents) on the same day are taken for the same meeting. */
const SAME_TITLE = 0.6;

interface Recorded {
  id: string;
  title: string;
  day: string;
}

/**
 * Recorded meetings the draft may repeat: held the same day (in the office's
 * zone) by the same organizer, or under a very similar title. A warning, not
 * a refusal: two sessions of one body on one day happen.
 */
export async function possibleDuplicates(em: EntityManager, content: DraftContent, timeZone: string): Promise<DraftWarning[]> {
  const { startsAt, organizer, title } = content.meeting;
  if (!startsAt) return [];
  const rows: Recorded[] = await em.query(
    `SELECT m.id, m.title, to_char((m.starts_at AT TIME ZONE $2::text)::date, 'DD/MM/YYYY') AS day
       FROM meeting m
      WHERE (m.starts_at AT TIME ZONE $2::text)::date = ($1::timestamptz AT TIME ZONE $2::text)::date
        AND (m.organizer_id = $3::uuid
             OR similarity(unaccent(lower(m.title)), unaccent(lower($4::text))) >= $5)
      ORDER BY m.starts_at, m.id
      LIMIT 3`,
    [startsAt, timeZone, organizer?.organizationId ?? null, title ?? '', SAME_TITLE],
  );
  return rows.map((row) => ({
    code: POSSIBLE_DUPLICATE,
    message: `Có thể cuộc họp này đã được ghi nhận: «${row.title}» ngày ${row.day}. Hãy mở cuộc họp đó để so sánh trước khi xác nhận.`,
    span: null,
    itemKey: null,
    meetingId: row.id,
  }));
}

/** The draft's warnings with those about recorded meetings found again for its meeting as it now stands. */
export async function withDuplicateWarnings(em: EntityManager, content: DraftContent, timeZone: string): Promise<DraftContent> {
  const others = content.warnings.filter((w) => w.code !== POSSIBLE_DUPLICATE);
  return { ...content, warnings: [...(await possibleDuplicates(em, content, timeZone)), ...others] };
}
