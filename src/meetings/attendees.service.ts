import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { stripUndefined } from '../common/http/patch.js';
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
    private readonly writes: AuditedWrites,
  ) {}

  /** Adds a person to a meeting. Adding someone as chair makes them the meeting's chair. */
  async addAttendee(meetingId: string, input: AttendeeInputDto, actor: Actor): Promise<AttendeeResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      await lockMeeting(em, meetingId);
      await new ReferenceCheck().person('personId', input.personId).verify(em);
      const id = await this.writes.insert(em, actor, {
        entity: Attendee,
        // Chair is reached through makeChair, which keeps the meeting's chairId in step.
        values: {
          meetingId,
          personId: input.personId,
          role: input.role === 'chair' ? 'member' : input.role,
          attended: input.attended ?? true,
        },
        action: 'attendee.add',
        then: async (attendeeId) => {
          if (input.role === 'chair') await makeChair(em, this.writes, actor, meetingId, input.personId, { attendeeId });
        },
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
      const { role, ...rest } = input;
      await this.writes.update(em, actor, {
        entity: Attendee,
        id: attendeeId,
        set: { ...stripUndefined(rest), ...(role !== undefined && role !== 'chair' && { role }) },
        expectedVersion,
        notFound: () => attendeeNotFound(attendeeId),
        action: 'attendee.update',
        then: async () => {
          if (role === 'chair' && current.role !== 'chair')
            await makeChair(em, this.writes, actor, meetingId, current.personId, { attendeeId });
          if (role !== undefined && role !== 'chair' && current.role === 'chair')
            await makeChair(em, this.writes, actor, meetingId, null, { attendeeId });
        },
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
