import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { Actor } from '../common/actor.js';
import { stripUndefined } from '../common/http/patch.js';
import { guardedUpdate } from '../database/guarded-update.js';
import { ReferenceCheck } from '../organizations/references.js';
import { runInTransaction } from '../database/transaction.js';
import { Attendee } from './attendee.entity.js';
import { type AttendeeInputDto, type AttendeeResponseDto, toAttendeeResponse, type UpdateAttendeeDto } from './dto/attendee.dto.js';
import { makeChair } from './meeting-chair.js';
import { lockMeeting } from './meeting-lock.js';
import { attendeeNotFound } from './meetings.errors.js';

@Injectable()
export class AttendeesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /** Adds a person to a meeting. Adding someone as chair makes them the meeting's chair. */
  async addAttendee(meetingId: string, input: AttendeeInputDto, actor: Actor): Promise<AttendeeResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      await lockMeeting(em, meetingId);
      await new ReferenceCheck().person('personId', input.personId).verify(em);
      const inserted = await em.getRepository(Attendee).insert({
        meetingId,
        personId: input.personId,
        role: input.role === 'chair' ? 'member' : input.role,
        attended: input.attended ?? true,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      if (input.role === 'chair') await makeChair(em, this.audit, actor, meetingId, input.personId, { attendeeId: id });
      await this.audit.record(em, actor, {
        action: 'attendee.add',
        entityType: 'meeting_attendee',
        entityId: id,
        after: await this.audit.snapshot(em, 'meeting_attendee', id),
      });
      return this.load(em, meetingId, id);
    });
  }

  /** Changes a role or marks someone absent. Becoming (or ceasing to be) chair moves the meeting's chair too. */
  async updateAttendee(
    meetingId: string,
    attendeeId: string,
    input: UpdateAttendeeDto,
    expectedVersion: number,
    actor: Actor,
  ): Promise<AttendeeResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      await lockMeeting(em, meetingId);
      const current = await em.getRepository(Attendee).findOne({ where: { id: attendeeId, meetingId } });
      if (!current) throw attendeeNotFound(attendeeId);
      const before = await this.audit.snapshot(em, 'meeting_attendee', attendeeId);
      const { role, ...rest } = input;
      await guardedUpdate(
        em,
        Attendee,
        attendeeId,
        { ...stripUndefined(rest), ...(role !== undefined && role !== 'chair' && { role }) },
        expectedVersion,
        () => attendeeNotFound(attendeeId),
      );
      if (role === 'chair' && current.role !== 'chair') await makeChair(em, this.audit, actor, meetingId, current.personId, { attendeeId });
      if (role !== undefined && role !== 'chair' && current.role === 'chair')
        await makeChair(em, this.audit, actor, meetingId, null, { attendeeId });
      await this.audit.record(em, actor, {
        action: 'attendee.update',
        entityType: 'meeting_attendee',
        entityId: attendeeId,
        before,
        after: await this.audit.snapshot(em, 'meeting_attendee', attendeeId),
      });
      return this.load(em, meetingId, attendeeId);
    });
  }

  private async load(em: EntityManager, meetingId: string, id: string): Promise<AttendeeResponseDto> {
    const attendee = await em.getRepository(Attendee).findOne({ where: { id, meetingId }, relations: { person: true } });
    if (!attendee) throw attendeeNotFound(id);
    return toAttendeeResponse({ ...attendee, person: attendee.person! });
  }
}
