import type { EntityManager } from 'typeorm';
import { Meeting } from './meeting.entity.js';
import { meetingNotFound } from './meetings.errors.js';

/**
 * Locks the meeting row for the rest of the transaction: writers that number
 * things within a meeting (speeches, directives, the chair) take turns instead
 * of racing for the same position. Throws 404 when there is no such meeting.
 */
export async function lockMeeting(em: EntityManager, meetingId: string): Promise<void> {
  const found = await em
    .getRepository(Meeting)
    .findOne({ select: { id: true }, where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
  if (!found) throw meetingNotFound(meetingId);
}
