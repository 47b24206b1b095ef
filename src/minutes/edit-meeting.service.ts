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
import { Clock } from '../common/time/clock.js';
import { assertReviewsStillHold, checkReviewedDirectives, lockReviews, replaceReviewedDirectives } from './reviewed-directives.js';

@Injectable()
export class EditMeetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: MeetingQueriesService,
    private readonly writes: AuditedWrites,
    private readonly clock: Clock,
  ) {}

  async updateMeeting(id: string, input: UpdateMeetingDto, expectedVersion: number, actor: Actor): Promise<MeetingResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      const current = await em.getRepository(Meeting).findOne({
        select: { id: true, startsAt: true, endsAt: true, chairId: true, organizerId: true },
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw meetingNotFound(id);
      assertPeriod(input.startsAt ?? current.startsAt, input.endsAt === undefined ? current.endsAt : input.endsAt);
      await new ReferenceCheck().organization('organizerId', input.organizerId).person('chairId', input.chairId).verify(em);
      const { chairId, startsAt, endsAt, reviewedDirectiveIds, ...rest } = input;
      // The reviews this meeting made, and those of its directives by later meetings, follow its date and organizer.
      const moved = (['startsAt', 'organizerId'] as const).filter((field) => input[field] !== undefined);
      if (reviewedDirectiveIds !== undefined || moved.length > 0) await lockReviews(em);
      if (reviewedDirectiveIds !== undefined) {
        await checkReviewedDirectives(
          em,
          {
            organizerId: input.organizerId === undefined ? current.organizerId : input.organizerId,
            startsAt: startsAt === undefined ? current.startsAt : new Date(startsAt),
          },
          reviewedDirectiveIds ?? [],
        );
      }

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
          if (reviewedDirectiveIds !== undefined)
            await replaceReviewedDirectives(em, id, reviewedDirectiveIds ?? [], actor, this.clock.now());
          if (moved.length > 0) await assertReviewsStillHold(em, id, moved);
        },
      });
      return this.queries.getMeeting(id, actor, em);
    });
  }
}
