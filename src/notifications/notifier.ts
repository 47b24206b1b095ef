import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock.js';
import type { NotificationKind } from './notification.entity.js';

/**
 * Who is told: the users of an organization or the leaders, by role (the same
 * rule for every kind). `source_agencies`: the agencies the source names in
 * an `organization_id` column.
 */
export type Audience = 'lead_agency' | 'cooperating_agencies' | 'source_agencies' | 'leaders';

const AGENCY_ROLES = `u.role IN ('department_head','department_staff')`;
const AUDIENCE_JOIN: Record<Audience, string> = {
  lead_agency: `JOIN app_user u ON u.organization_id = d.lead_organization_id AND ${AGENCY_ROLES}`,
  cooperating_agencies: `JOIN directive_cooperating_organization c ON c.directive_id = d.id
    JOIN app_user u ON u.organization_id = c.organization_id AND ${AGENCY_ROLES}`,
  source_agencies: `JOIN app_user u ON u.organization_id = s.organization_id AND ${AGENCY_ROLES}`,
  leaders: `JOIN app_user u ON u.role = 'leader'`,
};

/** A date column as Vietnamese offices write it: 12/03/2024. */
export const VI_DATE = (column: string): string => `to_char(${column}, 'DD/MM/YYYY')`;
const DUE = `coalesce(', hạn ' || ${VI_DATE('d.due_date')}, '')`;

export interface FanOut {
  kind: NotificationKind;
  audience: Audience;
  /**
   * SQL naming the directives and what to tell about each: columns `id`,
   * `message`, `occasion`, with `d` the directive. Its parameters start at $4.
   */
  source: string;
  params: unknown[];
  /** The user whose action this is: never told of it. */
  actorUserId: string | null;
}

/**
 * Writes the notifications an event causes, in the caller's transaction: one
 * INSERT … SELECT per kind, so telling fifty users is one statement. Disabled
 * accounts are not told; the actor is not told of their own action (their
 * colleagues in the same agency are). Deadline notifications carry an
 * `occasion` (the deadline): the unique index makes writing them twice a no-op.
 */
@Injectable()
export class Notifier {
  constructor(private readonly clock: Clock) {}

  /** New directives: their lead agencies lead them, their cooperating agencies help. Both kinds in one statement. */
  async directiveIssued(em: EntityManager, actorUserId: string, directiveIds: readonly string[]): Promise<void> {
    if (directiveIds.length === 0) return;
    const source = (message: string) => `SELECT d.id, ${message} || ${DUE} AS message, NULL AS occasion
      FROM directive d WHERE d.id = ANY($4::uuid[])`;
    await this.fanOutTogether(
      em,
      actorUserId,
      [directiveIds],
      [
        { kind: 'directive_issued', audience: 'lead_agency', source: source(`'Đơn vị được giao chủ trì thực hiện'`) },
        { kind: 'cooperation_issued', audience: 'cooperating_agencies', source: source(`'Đơn vị được giao phối hợp thực hiện'`) },
      ],
    );
  }

  /**
   * An edit gave the directive to another lead agency or added cooperating
   * agencies: those are told as if it had been issued to them; agencies that
   * already had it are not told again.
   */
  async agenciesChanged(
    em: EntityManager,
    actorUserId: string,
    directiveId: string,
    before: { leadOrganizationId: string; cooperatingOrganizationIds: readonly string[] },
  ): Promise<void> {
    await this.fanOut(em, {
      kind: 'directive_issued',
      audience: 'lead_agency',
      source: `SELECT d.id, 'Đơn vị được giao chủ trì thực hiện' || ${DUE} AS message, NULL AS occasion
        FROM directive d WHERE d.id = $4 AND d.lead_organization_id <> $5`,
      params: [directiveId, before.leadOrganizationId],
      actorUserId,
    });
    await this.fanOut(em, {
      kind: 'cooperation_issued',
      audience: 'source_agencies',
      source: `SELECT d.id, 'Đơn vị được giao phối hợp thực hiện' || ${DUE} AS message, NULL AS occasion, c.organization_id
        FROM directive d JOIN directive_cooperating_organization c ON c.directive_id = d.id
        WHERE d.id = $4 AND c.organization_id <> ALL($5::uuid[])`,
      params: [directiveId, [...before.cooperatingOrganizationIds]],
      actorUserId,
    });
  }

  /** The lead agency learns who of theirs now owns the directive. */
  async ownerAssigned(em: EntityManager, actorUserId: string, directiveId: string): Promise<void> {
    await this.fanOut(em, {
      kind: 'owner_assigned',
      audience: 'lead_agency',
      source: `SELECT d.id, 'Người phụ trách: ' || p.full_name AS message, NULL AS occasion
        FROM directive d JOIN person p ON p.id = d.owner_id WHERE d.id = $4`,
      params: [directiveId],
      actorUserId,
    });
  }

  /** The lead agency reports the work done: the leaders must confirm it. */
  async submitted(em: EntityManager, actorUserId: string, directiveId: string): Promise<void> {
    await this.fanOut(em, {
      kind: 'awaiting_confirmation',
      audience: 'leaders',
      source: `SELECT d.id, o.name || ' báo cáo hoàn thành, chờ xác nhận' AS message, NULL AS occasion
        FROM directive d JOIN organization o ON o.id = d.lead_organization_id WHERE d.id = $4`,
      params: [directiveId],
      actorUserId,
    });
  }

  /** A leader sent the submission back: the lead agency reads why. */
  async rejected(em: EntityManager, actorUserId: string, directiveId: string, note: string): Promise<void> {
    await this.fanOut(em, {
      kind: 'rejected',
      audience: 'lead_agency',
      source: `SELECT d.id, 'Kết quả chưa được xác nhận: ' || $5 AS message, NULL AS occasion FROM directive d WHERE d.id = $4`,
      params: [directiveId, note],
      actorUserId,
    });
  }

  /** A reminder (đôn đốc) reaches the lead agency with its note. */
  async reminded(em: EntityManager, actorUserId: string, directiveId: string, reminderId: string): Promise<void> {
    await this.fanOut(em, {
      kind: 'reminded',
      audience: 'lead_agency',
      source: `SELECT d.id, 'Đôn đốc: ' || r.note AS message, r.id::text AS occasion
        FROM directive d JOIN directive_reminder r ON r.directive_id = d.id WHERE d.id = $4 AND r.id = $5`,
      params: [directiveId, reminderId],
      actorUserId,
    });
  }

  /** The lead agency asks for more time: the leaders decide, so they read the date asked for and the deadline it replaces. */
  async extensionRequested(em: EntityManager, actorUserId: string, directiveId: string, requestId: string): Promise<void> {
    await this.fanOut(em, {
      kind: 'extension_requested',
      audience: 'leaders',
      source: `SELECT d.id, o.name || ' đề nghị gia hạn đến ' || ${VI_DATE('r.proposed_due_date')}
          || ' (hạn hiện tại ' || ${VI_DATE('r.current_due_date')} || ')' AS message, $5::text AS occasion
        FROM directive d JOIN organization o ON o.id = d.lead_organization_id
        JOIN directive_extension_request r ON r.directive_id = d.id AND r.id = $5::uuid
        WHERE d.id = $4`,
      params: [directiveId, requestId],
      actorUserId,
    });
  }

  /** The leaders' answer to a request for more time (called after the deadline moved, when approved). */
  async extensionDecided(
    em: EntityManager,
    actorUserId: string,
    directiveId: string,
    requestId: string,
    decision: 'approved' | 'rejected',
  ): Promise<void> {
    const message =
      decision === 'approved'
        ? `'Đề nghị gia hạn được chấp thuận' || coalesce(', hạn mới ' || ${VI_DATE('d.due_date')}, '')`
        : `'Đề nghị gia hạn không được chấp thuận' || ${DUE}`;
    await this.fanOut(em, {
      kind: 'extension_decided',
      audience: 'lead_agency',
      source: `SELECT d.id, ${message} AS message, $5::text AS occasion FROM directive d WHERE d.id = $4`,
      params: [directiveId, requestId],
      actorUserId,
    });
  }

  /** One INSERT … SELECT over the audience; answers how many notifications it wrote. */
  async fanOut(em: EntityManager, fan: FanOut): Promise<number> {
    return this.fanOutTogether(em, fan.actorUserId, fan.params, [fan]);
  }

  /**
   * Several fan-outs of one event in one INSERT: each source is its own CTE,
   * their audiences are added up (UNION ALL). The sources share `params`
   * (from $4).
   */
  async fanOutTogether(
    em: EntityManager,
    actorUserId: string | null,
    params: unknown[],
    fans: readonly Pick<FanOut, 'kind' | 'audience' | 'source'>[],
  ): Promise<number> {
    const sources = fans.map((fan, i) => `s${i} AS (${fan.source})`);
    const audiences = fans.map(
      (
        fan,
        i,
      ) => `SELECT u.id AS user_id, ${i + 1} AS fan, d.id AS directive_id, left(s.message, 500) AS message, s.occasion::varchar AS occasion
         FROM s${i} s JOIN directive d ON d.id = s.id ${AUDIENCE_JOIN[fan.audience]}
         WHERE u.active AND u.id IS DISTINCT FROM $3::uuid`,
    );
    const [{ written }] = (await em.query(
      `WITH ${sources.join(',\n')},
       written AS (
         INSERT INTO notification (user_id, kind, directive_id, message, occasion, created_at)
         SELECT a.user_id, ($1::varchar[])[a.fan], a.directive_id, a.message, a.occasion, $2::timestamptz
         FROM (${audiences.join('\n UNION ALL\n')}) a
         ON CONFLICT DO NOTHING
         RETURNING 1
       )
       SELECT count(*)::int AS written FROM written`,
      [fans.map((fan) => fan.kind), this.clock.now(), actorUserId, ...params],
    )) as [{ written: number }];
    return written;
  }
}
