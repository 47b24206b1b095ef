import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { directiveScope } from '../access/directive-scope.js';
import { can, type Role } from '../common/roles.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { FeedScope } from './calendar-feed.entity.js';
import { calendarNotFound } from './calendar.errors.js';
import { feedDirectives, feedMeetings, type FeedOwner } from './feed-contents.js';
import { directiveTodo, meetingEvent } from './feed-items.js';
import { hashFeedSecret, secretOfFileName } from './feed-secret.js';
import { writeCalendar } from './ical/calendar.js';

export type RenderedFeed = { kind: 'calendar'; etag: string; body: string } | { kind: 'not_modified'; etag: string };

interface FeedRow {
  id: string;
  scope: FeedScope;
  created_at: Date;
  user_id: string;
  username: string;
  display_name: string;
  role: Role;
  organization_id: string | null;
  organization_name: string | null;
  person_id: string | null;
}

/** GET /calendar/{secret}.ics: the feed as its owner may see it now. */
@Injectable()
export class RenderCalendarFeed {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * 404 alike for a malformed name, an unknown or revoked secret and an owner
   * who was disabled (or whose role no longer reads directives). Calendar apps
   * poll: an unchanged feed answers 304 to the ETag they send back.
   */
  async render(fileName: string, address: string, ifNoneMatch: string | undefined): Promise<RenderedFeed> {
    const secret = secretOfFileName(fileName);
    if (!secret) throw calendarNotFound();
    const em = this.dataSource.manager;
    const [feed] = (await em.query(
      `SELECT f.id, f.scope, f.created_at, u.id AS user_id, u.username, u.display_name, u.role, u.organization_id, u.person_id,
              o.name AS organization_name
         FROM calendar_feed f
         JOIN app_user u ON u.id = f.user_id
         LEFT JOIN organization o ON o.id = u.organization_id
        WHERE f.secret_hash = $1 AND f.revoked_at IS NULL AND u.active`,
      [hashFeedSecret(secret)],
    )) as FeedRow[];
    if (!feed || !can(feed.role, 'directives:read')) throw calendarNotFound();

    const now = this.clock.now();
    // Bookkeeping for the owner's list, not a change anyone decided: outside the audit trail.
    await em.query('UPDATE calendar_feed SET last_used_at = $2 WHERE id = $1', [feed.id, now]);
    const organizationScope = directiveScope({
      userId: feed.user_id,
      username: feed.username,
      role: feed.role,
      organizationId: feed.organization_id,
      sessionId: '',
      requestId: '',
    });
    const owner: FeedOwner = feed.scope === 'me' ? { organizationScope, person: feed.person_id } : { organizationScope };
    const [directives, meetings] = [await feedDirectives(em, owner, now), await feedMeetings(em, owner, now)];

    // DTSTAMP is the latest change in the feed, not the time of the request: an unchanged feed is byte for byte the same, and its ETag too.
    const stamp = new Date(
      Math.max(
        feed.created_at.getTime(),
        ...directives.map((d) => d.last_modified.getTime()),
        ...meetings.map((m) => m.last_modified.getTime()),
      ),
    );
    const body = writeCalendar({
      name: `Chỉ Đạo – ${feed.scope === 'me' ? feed.display_name : (feed.organization_name ?? 'Tất cả cơ quan')}`,
      timeZone: this.config.timeZone,
      stamp,
      todos: directives.map((row) => directiveTodo(row, address)),
      events: meetings.map((row) => meetingEvent(row, address)),
    });
    const etag = `"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`;
    if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      return { kind: 'not_modified', etag };
    }
    return { kind: 'calendar', etag, body };
  }
}
