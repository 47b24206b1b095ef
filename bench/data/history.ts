import { OBJECTS, STATUSES, VERBS } from './vocabulary.js';

/** What the fill's SQL builders give the history: random picks, ids, the day's instant and zone. */
export interface SqlHelpers {
  pick: (words: string[]) => string;
  uid: (tag: string, n: string) => string;
  /** The instant the data is centred on (noon of --today in the zone). */
  now: string;
  zone: string;
}

const REASONS = [
  'Vướng mắc giải phóng mặt bằng, cần thêm thời gian phối hợp với địa phương',
  'Chờ ý kiến thẩm định của các sở, ngành liên quan',
  'Nguồn vốn chưa được bố trí kịp thời',
  'Khối lượng hồ sơ lớn, cần thêm thời gian rà soát',
];
const DECISIONS = ['Đồng ý gia hạn, yêu cầu bảo đảm tiến độ mới', 'Không đồng ý, đề nghị tập trung hoàn thành đúng hạn'];
const CHANNELS = ['document', 'meeting', 'phone', 'email', 'system'];

/**
 * The workflow history the status of each row of b_directive implies (fill.ts): the transitions that led there, the
 * extension requests behind its moved deadlines (and some refused or pending), and reminders on late work. Instants are
 * fractions of the span from issue to submission (or to --today), so every story is in order and in the past.
 */
export function historySteps({ pick, uid, now, zone }: SqlHelpers): [string, string][] {
  const leader = uid('u', '-2');
  const head = uid('u', 'd.lead_n');
  const until = `coalesce(d.submitted, ${now})`;
  const along = (share: number): string => `d.at + (${until} - d.at) * ${share}`;
  const note = `${pick(VERBS)} || ' ' || ${pick(OBJECTS)} || ': ' || ${pick(STATUSES)}`;
  // Paused and cancelled work had been started in one case in two (r2 < 0.5, as fill.ts's status_before_pause).
  const started = `(d.status IN ('in_progress', 'awaiting_confirmation', 'completed', 'reopened') OR (d.status IN ('paused', 'cancelled') AND d.r2 < 0.5))`;
  // One completed directive in seven was sent back once before it was confirmed; every reopened one was.
  const rejectedOnce = `(d.status = 'reopened' OR (d.status = 'completed' AND d.r4 < 0.15))`;
  const openBefore = `CASE WHEN d.r2 < 0.5 THEN 'in_progress' ELSE 'assigned' END`;
  return [
    [
      'directive_transition',
      `INSERT INTO directive_transition (directive_id, action, from_status, to_status, note, actor_user_id, occurred_at)
         SELECT d.id, s.action, s.from_status, s.to_status, s.note, CASE WHEN s.by_leader THEN ${leader} ELSE ${head} END, s.at
           FROM b_directive d
          CROSS JOIN LATERAL (VALUES
            (1, ${started}, 'start', 'assigned', 'in_progress', NULL, false, ${along(0.1)}),
            (2, ${rejectedOnce}, 'submit', 'in_progress', 'awaiting_confirmation', ${note}, false, ${along(0.5)}),
            (3, ${rejectedOnce}, 'reject', 'awaiting_confirmation', 'reopened', 'Chưa đạt yêu cầu: ' || ${pick(STATUSES)}, true, ${along(0.6)}),
            (4, d.status = 'completed' AND d.r4 < 0.15, 'start', 'reopened', 'in_progress', NULL, false, ${along(0.7)}),
            (5, d.status IN ('completed', 'awaiting_confirmation'), 'submit', 'in_progress', 'awaiting_confirmation', ${note}, false, d.submitted),
            (6, d.status = 'completed', 'confirm', 'awaiting_confirmation', 'completed', NULL, true, least(${now}, d.submitted + interval '2 days')),
            (7, d.status = 'paused', 'pause', ${openBefore}, 'paused', 'Tạm dừng để chờ ' || ${pick(OBJECTS)}, true, ${along(0.5)}),
            (8, d.status = 'cancelled', 'cancel', ${openBefore}, 'cancelled', 'Không còn phù hợp: ' || ${pick(OBJECTS)}, true, ${along(0.4)})
          ) s(k, applies, action, from_status, to_status, note, by_leader, at)
          WHERE s.applies
          ORDER BY d.id, s.k`,
    ],
    [
      'directive_extension_request',
      // r5 < 0.1 are fill.ts's extended deadlines (original = due - 30): one approved request each. Some more were refused,
      // and some open work has one pending.
      `INSERT INTO directive_extension_request (directive_id, proposed_due_date, reason, current_due_date, status, requested_by_user_id,
                                                requested_at, decided_by_user_id, decided_at, decision_note, approved_due_date, created_at, updated_at)
         SELECT d.id, x.proposed, ${pick(REASONS)}, x.current, x.status, ${head}, x.requested,
                CASE WHEN x.status <> 'pending' THEN ${leader} END, x.decided,
                CASE x.status WHEN 'approved' THEN '${DECISIONS[0]}' WHEN 'rejected' THEN '${DECISIONS[1]}' END,
                CASE WHEN x.status = 'approved' THEN x.proposed END, x.requested, coalesce(x.decided, x.requested)
           FROM b_directive d
          CROSS JOIN LATERAL (SELECT CASE WHEN d.r5 < 0.1 THEN 'approved' WHEN d.r5 < 0.14 THEN 'rejected' ELSE 'pending' END AS status) k
          CROSS JOIN LATERAL (SELECT k.status,
                   CASE WHEN k.status = 'approved' THEN d.due ELSE d.due + 30 + floor(d.r3 * 30)::int END AS proposed,
                   CASE WHEN k.status = 'approved' THEN d.due - 30 ELSE d.due END AS current,
                   CASE WHEN k.status = 'pending' THEN greatest(d.at + interval '1 hour', ${now} - (1 + d.r4 * 10) * interval '1 day')
                        ELSE ${along(0.2)} END AS requested,
                   CASE WHEN k.status <> 'pending' THEN ${along(0.2)} + interval '1 day' END AS decided) x
          WHERE d.due IS NOT NULL
            AND (d.r5 < 0.14 OR (d.r5 < 0.2 AND d.status IN ('assigned', 'in_progress', 'reopened')))`,
    ],
    [
      'directive_reminder',
      // Late work is reminded once a week after its deadline, one to three times, until it was submitted (or --today).
      `INSERT INTO directive_reminder (directive_id, note, channel, document_number, reminded_by_user_id, reminded_at)
         SELECT d.id, 'Đề nghị khẩn trương ' || lower(${pick(VERBS)}) || ' ' || ${pick(OBJECTS)}, c.channel,
                CASE WHEN c.channel = 'document' THEN (100 + (d.ordinal * 7 + j) % 900) || '/UBND-TH' END, ${leader},
                ((d.due + 7 * j) + time '09:00') AT TIME ZONE '${zone}'
           FROM b_directive d
          CROSS JOIN generate_series(1, 3) j
          CROSS JOIN LATERAL (SELECT (ARRAY['${CHANNELS.join("','")}'])[1 + (d.ordinal + j) % ${CHANNELS.length}] AS channel) c
          WHERE d.due IS NOT NULL AND j <= 1 + floor(d.r4 * 3)
            AND d.status IN ('assigned', 'in_progress', 'reopened', 'paused', 'awaiting_confirmation', 'completed')
            AND ((d.due + 7 * j) + time '09:00') AT TIME ZONE '${zone}' < ${until}`,
    ],
  ];
}
