import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { stripUndefined } from '../common/http/patch.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { ReferenceCheck } from '../organizations/references.js';
import { runInTransaction } from '../database/transaction.js';
import type { MeetingResponseDto, UpdateMeetingDto } from './dto/meeting.dto.js';
import { makeChair } from '../meetings/meeting-chair.js';
import { MeetingQueriesService } from './meeting-queries.service.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { meetingNotFound } from '../meetings/meetings.errors.js';
import { assertPeriod } from './record-meeting.service.js';

@Injectable()
export class EditMeetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: MeetingQueriesService,
    private readonly writes: AuditedWrites,
  ) {}

  async updateMeeting(id: string, input: UpdateMeetingDto, expectedVersion: number, actor: Actor): Promise<MeetingResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      const current = await em.getRepository(Meeting).findOne({
        select: { id: true, startsAt: true, endsAt: true, chairId: true },
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw meetingNotFound(id);
      assertPeriod(input.startsAt ?? current.startsAt, input.endsAt === undefined ? current.endsAt : input.endsAt);
      await new ReferenceCheck().organization('organizerId', input.organizerId).person('chairId', input.chairId).verify(em);

      const { chairId, startsAt, endsAt, ...rest } = input;
      await this.writes.update(em, actor, {
        entity: Meeting,
        id,
        set: {
          ...stripUndefined(rest),
          ...(startsAt !== undefined && { startsAt: new Date(startsAt) }),
          ...(endsAt !== undefined && { endsAt: endsAt === null ? null : new Date(endsAt) }),
        },
        expectedVersion,
        notFound: () => meetingNotFound(id),
        action: 'meeting.update',
        then: async () => {
          if (chairId !== undefined && chairId !== current.chairId) await makeChair(em, this.writes, actor, id, chairId, { meeting: true });
        },
      });
      return this.queries.getMeeting(id, actor, em);
    });
  }
}
