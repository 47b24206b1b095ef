import type { EntityManager } from 'typeorm';
import type { Role } from '../common/roles.js';
import { type Digest, type DigestItem, EMPTY_DIGEST } from './digest-mail.js';

export interface DigestRecipient {
  userId: string;
  displayName: string;
  role: Role;
  organizationId: string | null;
  email: string | null;
}

interface OpenDirective extends DigestItem {
  leadOrganizationId: string;
  lastAction: string | null;
}

/**
 * Work the lead agency still has to do: what deadlines are measured on. A
 * submission awaiting confirmation is the leaders' wait, not the agency's delay
 * (see deadline-status.ts); completed, cancelled and paused work is not measured.
 */
export const OPEN_WORK_SQL = `('assigned','in_progress','reopened')`;

/** Every active user who can be told something, with their address. */
export async function digestRecipients(em: EntityManager): Promise<DigestRecipient[]> {
  return (await em.query(
    `SELECT id AS "userId", display_name AS "displayName", role, organization_id AS "organizationId", email
     FROM app_user WHERE active AND role IN ('secretariat','leader','department_head','department_staff') ORDER BY username`,
  )) as DigestRecipient[];
}

/**
 * What each recipient's digest holds on `day`: for an agency, its directives
 * overdue, due soon and sent back; for the secretariat, everything overdue;
 * for leaders, what waits for their confirmation or decision.
 */
export async function digestsFor(
  em: EntityManager,
  day: string,
  dueSoonDays: number,
  recipients: readonly DigestRecipient[],
): Promise<Map<string, Digest>> {
  const open = (await em.query(
    `SELECT d.id AS "directiveId", d.title, o.name AS "leadAgency", to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate", d.status,
            d.lead_organization_id AS "leadOrganizationId",
            (SELECT t.action FROM directive_transition t WHERE t.directive_id = d.id ORDER BY t.seq DESC LIMIT 1)
              AS "lastAction"
     FROM directive d JOIN organization o ON o.id = d.lead_organization_id
     WHERE d.status IN ('assigned','in_progress','reopened','awaiting_confirmation')
     ORDER BY d.due_date ASC NULLS LAST, d.created_at, d.id`,
  )) as OpenDirective[];
  const soonest = addDays(day, dueSoonDays);
  const isOpenWork = (d: OpenDirective) => ['assigned', 'in_progress', 'reopened'].includes(d.status);
  const overdue = open.filter((d) => isOpenWork(d) && d.dueDate !== null && d.dueDate < day);
  const dueSoon = open.filter((d) => isOpenWork(d) && d.dueDate !== null && d.dueDate >= day && d.dueDate <= soonest);
  const rejected = open.filter((d) => d.status === 'reopened' && d.lastAction === 'reject');
  const awaiting = open.filter((d) => d.status === 'awaiting_confirmation');
  const pendingExtensions = await pendingExtensionDecisions(em);
  const item = ({ directiveId, title, leadAgency, dueDate, status }: OpenDirective): DigestItem => ({
    directiveId,
    title,
    leadAgency,
    dueDate,
    status,
  });

  const digests = new Map<string, Digest>();
  for (const recipient of recipients) {
    const ofAgency = (list: OpenDirective[]) => list.filter((d) => d.leadOrganizationId === recipient.organizationId).map(item);
    switch (recipient.role) {
      case 'department_head':
      case 'department_staff':
        digests.set(recipient.userId, {
          ...EMPTY_DIGEST,
          overdue: ofAgency(overdue),
          dueSoon: ofAgency(dueSoon),
          rejected: ofAgency(rejected),
        });
        break;
      case 'secretariat':
        digests.set(recipient.userId, { ...EMPTY_DIGEST, overdue: overdue.map(item) });
        break;
      case 'leader':
        digests.set(recipient.userId, {
          ...EMPTY_DIGEST,
          awaitingConfirmation: awaiting.map(item),
          pendingExtensionDecisions: pendingExtensions,
        });
        break;
      case 'admin':
        break;
    }
  }
  return digests;
}

/** The directives whose request for more time awaits a leader's decision, the oldest request first. */
export async function pendingExtensionDecisions(em: EntityManager): Promise<DigestItem[]> {
  return (await em.query(
    `SELECT d.id AS "directiveId", d.title, o.name AS "leadAgency", to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate", d.status
     FROM directive_extension_request r
     JOIN directive d ON d.id = r.directive_id
     JOIN organization o ON o.id = d.lead_organization_id
     WHERE r.status = 'pending'
     ORDER BY r.requested_at, r.id`,
  )) as DigestItem[];
}

/** The calendar day `days` after (or before, if negative) `day`. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
