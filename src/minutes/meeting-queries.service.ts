import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Page } from '../common/http/pagination.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { keysetPage } from '../database/keyset.js';
import { DirectiveQueriesService } from '../directives/directive-queries.service.js';
import { Attendee } from '../meetings/attendee.entity.js';
import { toAttendeeResponse } from '../meetings/dto/attendee.dto.js';
import { type ListMeetingsQueryDto, type MeetingResponseDto, type MeetingSummaryDto, toMeetingSummary } from './dto/meeting.dto.js';
import { toSpeechResponse } from '../meetings/dto/speech.dto.js';
import { ATTENDEE_ROLES } from '../meetings/meeting-enums.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { meetingNotFound } from '../meetings/meetings.errors.js';
import { Speech } from '../meetings/speech.entity.js';

@Injectable()
export class MeetingQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directives: DirectiveQueriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The whole record of a meeting: attendees (chair first), speeches in order, directives in order. */
  /** `scope` limits the directives shown to those an agency role may see (null: all). */
  async getMeeting(id: string, scope: string | null, em: EntityManager = this.dataSource.manager): Promise<MeetingResponseDto> {
    const meeting = await em.getRepository(Meeting).findOne({ where: { id }, relations: { organizer: true, chair: true } });
    if (!meeting) throw meetingNotFound(id);
    const [attendees, speeches, directives] = [
      await em.getRepository(Attendee).find({ where: { meetingId: id }, relations: { person: true } }),
      await em.getRepository(Speech).find({ where: { meetingId: id }, relations: { speaker: true }, order: { position: 'ASC' } }),
      await this.directives.directivesOfMeeting(em, id, scope),
    ];
    const roleOrder = (role: string): number => ATTENDEE_ROLES.indexOf(role as (typeof ATTENDEE_ROLES)[number]);
    attendees.sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || a.person!.fullName.localeCompare(b.person!.fullName, 'vi'));
    return {
      ...toMeetingSummary(meeting),
      attendees: attendees.map((a) => toAttendeeResponse({ ...a, person: a.person! })),
      speeches: speeches.map((s) => toSpeechResponse({ ...s, speaker: s.speaker! })),
      directives,
    };
  }

  /** Most recent first; `from`/`to` are calendar dates in the office's zone. */
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
