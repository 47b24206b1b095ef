import type { EntityManager } from 'typeorm';
import type { AuditActor } from '../audit/audit-trail.service.js';
import type { AuditedWrites } from '../audit/audited-writes.js';
import { Attendee } from './attendee.entity.js';
import { Meeting } from './meeting.entity.js';

/**
 * Keeps one fact in one shape: the meeting's chairId and its attendee with role
 * chair (if any) are the same person. Making someone chair demotes the previous
 * chair attendee to member and promotes the new chair if they are listed.
 */
export async function makeChair(
  em: EntityManager,
  writes: AuditedWrites,
  actor: AuditActor,
  meetingId: string,
  personId: string | null,
  /** Rows the caller audits itself: the attendee it is changing, and (when editing the meeting) the meeting. */
  own: { attendeeId?: string; meeting?: boolean } = {},
): Promise<void> {
  const others = (await em.getRepository(Attendee).find({ select: { id: true }, where: { meetingId } }))
    .map((a) => a.id)
    .filter((id) => id !== own.attendeeId);
  await writes.around(em, actor, 'meeting_attendee', others, 'attendee.role_follows_chair', () =>
    writes.around(em, actor, 'meeting', own.meeting ? [] : [meetingId], 'meeting.chair_follows_attendee', () =>
      applyChair(em, meetingId, personId),
    ),
  );
}

async function applyChair(em: EntityManager, meetingId: string, personId: string | null): Promise<void> {
  const attendees = em.getRepository(Attendee);
  const demote = attendees
    .createQueryBuilder()
    .update()
    .set({ role: 'member', version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('meeting_id = :meetingId AND role = :chair', { meetingId, chair: 'chair' });
  if (personId) demote.andWhere('person_id <> :personId', { personId });
  await demote.execute();
  if (personId) {
    await attendees
      .createQueryBuilder()
      .update()
      .set({ role: 'chair', version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('meeting_id = :meetingId AND person_id = :personId AND role <> :chair', { meetingId, personId, chair: 'chair' })
      .execute();
  }
  await em
    .getRepository(Meeting)
    .createQueryBuilder()
    .update()
    .set({ chairId: personId, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :meetingId AND chair_id IS DISTINCT FROM :personId', { meetingId, personId })
    .execute();
}
