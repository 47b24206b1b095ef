import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { Clock } from '../common/time/clock.js';
import { DEADLINE_STATUSES, type DeadlineStatus } from '../directives/deadline-status.js';
import { DIRECTIVE_STATUSES, type DirectiveStatus } from '../directives/directive-enums.js';
import { DirectiveQueriesService } from '../directives/directive-queries.service.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { meetingNotFound } from '../meetings/meetings.errors.js';
import { percentOneDecimal } from './percent.js';
import type { MeetingProgressDto } from './dto/meeting-progress.dto.js';

@Injectable()
export class MeetingProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directives: DirectiveQueriesService,
    private readonly clock: Clock,
  ) {}

  /** How far a meeting's directives (those the viewer may see, as on GET /meetings/{id}) have got. */
  async progress(meetingId: string, viewer: Actor, asOf = this.clock.today()): Promise<MeetingProgressDto> {
    const em = this.dataSource.manager;
    const meeting = await em
      .getRepository(Meeting)
      .findOne({ where: { id: meetingId }, select: { id: true, title: true, startsAt: true } });
    if (!meeting) throw meetingNotFound(meetingId);
    const directives = await this.directives.directivesOfMeeting(em, meetingId, viewer, asOf);
    const byStatus = Object.fromEntries(DIRECTIVE_STATUSES.map((s) => [s, 0])) as Record<DirectiveStatus, number>;
    const byDeadlineStatus = Object.fromEntries(DEADLINE_STATUSES.map((s) => [s, 0])) as Record<DeadlineStatus, number>;
    for (const directive of directives) {
      byStatus[directive.status] += 1;
      if (directive.deadlineStatus !== null) byDeadlineStatus[directive.deadlineStatus] += 1;
    }
    return {
      meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt.toISOString() },
      asOf,
      total: directives.length,
      byStatus,
      byDeadlineStatus,
      percentCompleted: percentOneDecimal(byStatus.completed, directives.length - byStatus.cancelled),
      directives: directives.map((d) => ({
        id: d.id,
        ordinal: d.ordinal,
        title: d.title,
        leadOrganization: d.leadOrganization,
        dueDate: d.dueDate,
        status: d.status,
        deadlineStatus: d.deadlineStatus,
        progressPercent: d.progressPercent,
        lastReportedAt: d.lastReportedAt,
      })),
    };
  }
}
