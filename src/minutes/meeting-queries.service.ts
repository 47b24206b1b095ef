import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Page } from '../common/http/pagination.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { escapeLike } from '../database/guarded-update.js';
import { keysetPage } from '../database/keyset.js';
import { runPrepared } from '../database/prepared-query.js';
import { DirectiveQueriesService } from '../directives/directive-queries.service.js';
import {
  type ListMeetingsQueryDto,
  type MeetingResponseDto,
  type MeetingSummaryDto,
  toMeetingResponse,
  toMeetingSummary,
} from './dto/meeting.dto.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { meetingNotFound } from '../meetings/meetings.errors.js';
import { meetingById, reviewedDirectivesOfMeeting } from './meeting-reads.js';
import { directiveScope } from '../access/directive-scope.js';

@Injectable()
export class MeetingQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directives: DirectiveQueriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The whole record of a meeting: attendees (chair first), speeches in order, directives in order. */
  /** The directives shown are those the viewer may see, with the actions the viewer may take. */
  async getMeeting(id: string, viewer: Actor, em: EntityManager = this.dataSource.manager): Promise<MeetingResponseDto> {
    const [meeting] = await runPrepared(em, meetingById, [id]);
    if (!meeting) throw meetingNotFound(id);
    const scope = directiveScope(viewer);
    const reviewed = scope
      ? await runPrepared(em, reviewedDirectivesOfMeeting.scoped, [id, scope])
      : await runPrepared(em, reviewedDirectivesOfMeeting.all, [id]);
    return toMeetingResponse(
      meeting,
      await this.directives.directivesOfMeeting(em, id, viewer),
      reviewed.map((row) => row.id),
    );
  }

  /** Most recent first; `from`/`to` are calendar dates in the office's zone; `q` a part of the title or summary. */
  async listMeetings(query: ListMeetingsQueryDto): Promise<Page<MeetingSummaryDto>> {
    const qb = this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.organizer', 'organizer')
      .leftJoinAndSelect('m.chair', 'chair')
      .setParameter('tz', this.config.timeZone);
    if (query.from) qb.andWhere('m.starts_at >= (CAST(:from AS date)::timestamp AT TIME ZONE :tz)', { from: query.from });
    if (query.to) qb.andWhere('m.starts_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE :tz)', { to: query.to });
    if (query.organizerId) qb.andWhere('m.organizer_id = :organizerId', { organizerId: query.organizerId });
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    // As the directive list's `q`: accents and case ignored, the user's % and _ taken literally.
    if (query.q) {
      qb.andWhere(
        `(unaccent(lower(m.title)) LIKE unaccent(lower(:q)) OR unaccent(lower(coalesce(m.summary, ''))) LIKE unaccent(lower(:q)))`,
        { q: `%${escapeLike(query.q)}%` },
      );
    }
    return keysetPage(
      qb,
      query,
      {
        columns: ['m.starts_at', 'm.id'],
        shape: ['instant', 'uuid'],
        direction: 'DESC',
        key: (row) => [row.startsAt.toISOString(), row.id],
        casts: ['timestamptz', undefined],
      },
      toMeetingSummary,
    );
  }
}
