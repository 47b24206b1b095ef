import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { OPEN_WORK_SQL } from './digest-queries.js';
import { Notifier, VI_DATE } from './notifier.js';

export interface DeadlineCounts {
  dueSoon: number;
  overdue: number;
  escalated: number;
}

/**
 * The notifications the calendar causes on day D: due soon (within the
 * due-soon window of deadline-status.ts), overdue (from the day after the
 * deadline), escalated to the leaders (overdue more than ESCALATE_AFTER_DAYS).
 * Each carries the deadline as its occasion, so each is written once per user,
 * directive and deadline however often the job runs or catches up; a new
 * deadline (an extension) makes new ones.
 */
@Injectable()
export class DeadlineNotifications {
  constructor(
    private readonly notifier: Notifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Answers how many notifications of each kind it wrote. */
  async write(em: EntityManager, day: string): Promise<DeadlineCounts> {
    const base = `FROM directive d JOIN organization o ON o.id = d.lead_organization_id WHERE d.status IN ${OPEN_WORK_SQL}`;
    const dueSoon = await this.notifier.fanOut(em, {
      kind: 'due_soon',
      audience: 'lead_agency',
      source: `SELECT d.id, 'Sắp đến hạn (' || ${VI_DATE('d.due_date')} || ')' AS message, d.due_date::text AS occasion
        ${base} AND d.due_date BETWEEN $4::date AND $4::date + $5::int`,
      params: [day, this.config.dueSoonDays],
      actorUserId: null,
    });
    const overdue = await this.notifier.fanOut(em, {
      kind: 'overdue',
      audience: 'lead_agency',
      source: `SELECT d.id, 'Đã quá hạn (hạn ' || ${VI_DATE('d.due_date')} || ')' AS message, d.due_date::text AS occasion
        ${base} AND d.due_date < $4::date`,
      params: [day],
      actorUserId: null,
    });
    const escalated = await this.notifier.fanOut(em, {
      kind: 'escalated',
      audience: 'leaders',
      source: `SELECT d.id, o.name || ' quá hạn ' || ($4::date - d.due_date) || ' ngày (hạn ' || ${VI_DATE('d.due_date')} || ')' AS message,
          d.due_date::text AS occasion
        ${base} AND d.due_date < $4::date - $5::int`,
      params: [day, this.config.digest.escalateAfterDays],
      actorUserId: null,
    });
    return { dueSoon, overdue, escalated };
  }
}
