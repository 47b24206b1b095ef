import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { directiveScope } from '../access/directive-scope.js';
import type { Actor } from '../common/actor.js';
import { calendarDateIn } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { runPrepared } from '../database/prepared-query.js';
import { deadlineStatus } from '../directives/deadline-status.js';
import { meetingNotFound } from '../meetings/meetings.errors.js';
import { carryOverHead, carryOverOf, type CarryOverRow } from './carry-over-reads.js';
import type { CarryOverDto, CarryOverItemDto } from './dto/carry-over.dto.js';

/**
 * An organizer's meetings carry tens to a few hundred open directives; the cap
 * only keeps one answer bounded, and `truncated` says when it cut.
 */
export const CARRY_OVER_CAP = 1000;

/**
 * What a meeting must review again (kiểm điểm việc thực hiện kết luận): the
 * list a secretariat prepares from the organizer's earlier meetings.
 */
@Injectable()
export class CarryOverQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Deadlines are judged as of the meeting's own date unless `asOf` says otherwise: that is the day they are reviewed. */
  async carryOver(meetingId: string, viewer: Actor, asOf?: string): Promise<CarryOverDto> {
    // One snapshot: the previous meeting and the list agree even while someone edits.
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const [head] = await runPrepared(em, carryOverHead, [meetingId]);
      if (!head) throw meetingNotFound(meetingId);
      const scope = directiveScope(viewer);
      const rows = scope
        ? await runPrepared(em, carryOverOf.scoped, [meetingId, CARRY_OVER_CAP + 1, scope])
        : await runPrepared(em, carryOverOf.all, [meetingId, CARRY_OVER_CAP + 1]);
      const judgedOn = asOf ?? calendarDateIn(head.starts_at, this.config.timeZone);
      return {
        meetingId: head.id,
        asOf: judgedOn,
        previousMeeting:
          head.previous_id === null
            ? null
            : { id: head.previous_id, title: head.previous_title!, startsAt: head.previous_starts_at!.toISOString() },
        items: rows.slice(0, CARRY_OVER_CAP).map((row) => this.toItem(row, judgedOn)),
        truncated: rows.length > CARRY_OVER_CAP,
      };
    });
  }

  private toItem(row: CarryOverRow, asOf: string): CarryOverItemDto {
    return {
      id: row.id,
      meeting: { id: row.meeting_id, title: row.meeting_title, startsAt: row.meeting_starts_at.toISOString() },
      ordinal: row.ordinal,
      title: row.title,
      leadOrganization: { id: row.lead_id, name: row.lead_name, shortName: row.lead_short_name },
      dueDate: row.due_date,
      status: row.status,
      deadlineStatus: deadlineStatus(
        {
          dueDate: row.due_date,
          status: row.status,
          submittedOn: row.submitted_at === null ? null : calendarDateIn(row.submitted_at, this.config.timeZone),
        },
        asOf,
        this.config.dueSoonDays,
      ),
      completedAt: row.completed_at?.toISOString() ?? null,
      completion: row.completion,
      progressPercent: row.progress_percent,
      lastReportedAt: row.last_reported_at?.toISOString() ?? null,
      reviewedAtThisMeeting: row.reviewed_here,
    };
  }
}
