import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { AttachmentError, attachmentNotFound } from '../attachments/attachments.errors.js';
import { CommonError } from '../common/errors/common-errors.js';
import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { can } from '../common/roles.js';
import { directiveNotFound } from '../directives/directives.errors.js';
import type { DirectiveStatus } from '../directives/directive-enums.js';
import { mayTake, type TransitionAction, type WorkflowParty } from '../followup/workflow.js';
import { directiveScope, directiveVisibleSql } from './directive-scope.js';
import { workflowParties } from './workflow-parties.js';

export function forbidden(detail = 'Your role does not allow this.', errors: FieldError[] = []): DomainError {
  return new DomainError(CommonError.Forbidden, detail, errors);
}

/** What a directive permission is checked against: read (and locked, when asked) in the same statement. */
export interface DirectiveFacts {
  id: string;
  meetingId: string;
  leadOrganizationId: string;
  status: DirectiveStatus;
  statusBeforePause: DirectiveStatus | null;
  dueDate: string | null;
  submittedAt: Date | null;
  submittedDueDate: string | null;
  /** Whether the actor's organization is one of the directive's cooperating agencies. */
  actorCooperates: boolean;
}

/** Who the actor is to a directive: what the object-level rules below look at. */
export type PartyFacts = Pick<DirectiveFacts, 'leadOrganizationId' | 'actorCooperates'>;

/**
 * Object-level permissions on directives. Route-level permissions (`@Requires`)
 * say what a role may do at all; these say on which directives.
 */
export type DirectivePermission =
  | 'directive.read'
  | 'directive.edit'
  | 'directive.assign_owner'
  | 'directive.remind'
  | 'directive.request_extension'
  | 'directive.decide_extension'
  | 'directive.report_progress';

/** The one table of object-level rules: may `actor` do this to a directive they can see? */
const DIRECTIVE_RULES: Record<DirectivePermission, { allows: (actor: Actor, d: PartyFacts) => boolean; refusal: string }> = {
  'directive.read': { allows: () => true, refusal: 'You may not see this directive.' },
  'directive.edit': {
    allows: (actor) => can(actor.role, 'directives:write'),
    refusal: 'What was decided is changed by the secretariat.',
  },
  'directive.assign_owner': {
    allows: (actor, d) =>
      can(actor.role, 'directives:write') || (can(actor.role, 'directives:assign_owner') && d.leadOrganizationId === actor.organizationId),
    refusal: 'Only the head of the lead agency assigns the owner of a directive.',
  },
  'directive.remind': {
    allows: (actor) => can(actor.role, 'directives:remind'),
    refusal: 'Only the secretariat or a leader reminds an agency of a directive.',
  },
  'directive.request_extension': {
    allows: (actor, d) => can(actor.role, 'directives:request_extension') && d.leadOrganizationId === actor.organizationId,
    refusal: 'Only the head of the lead agency asks for a later deadline.',
  },
  'directive.decide_extension': {
    allows: (actor) => can(actor.role, 'directives:decide_extension'),
    refusal: 'Only a leader decides on a request for a later deadline.',
  },
  'directive.report_progress': {
    allows: (actor, d) =>
      can(actor.role, 'directives:report_progress') && (d.leadOrganizationId === actor.organizationId || d.actorCooperates),
    refusal: 'Only the lead and cooperating agencies report progress on a directive.',
  },
};

/** Whether the rule lets `actor` do this to a directive they can see (what requireDirectives enforces, for a directive already read). */
export function mayOnDirective(actor: Actor, permission: DirectivePermission, d: PartyFacts): boolean {
  return DIRECTIVE_RULES[permission].allows(actor, d);
}

const LEAD_HEAD = 'Only the head of the lead agency reports on this directive.';
const LEADER = 'Only a leader decides this.';
const TRANSITION_REFUSALS: Record<TransitionAction, string> = {
  start: LEAD_HEAD,
  submit: LEAD_HEAD,
  confirm: LEADER,
  reject: LEADER,
  pause: LEADER,
  resume: LEADER,
  cancel: 'Only a leader or the secretariat cancels a directive.',
  reopen: LEADER,
};

/** What attachment permissions are checked against. */
export interface AttachmentFacts {
  id: string;
  uploadedByUserId: string;
  /** Null while the file is only an upload; then the directive it is evidence of. */
  directiveId: string | null;
}

/**
 * Which files an actor may act on, as SQL over `attachment a` and its
 * directive `d` ($2 is the actor's user id; `visible` the lists' directive
 * visibility predicate). Attaching is requireAttachable's own rule.
 */
export type AttachmentPermission = 'read';
const ATTACHMENT_RULES: Record<AttachmentPermission, (visible: string) => string> = {
  // Its uploader's until it is attached, then whoever may see its directive.
  read: (visible) => `CASE WHEN a.directive_id IS NULL THEN a.uploaded_by_user_id = $2 ELSE ${visible} END`,
};

/**
 * The one answer for every file that cannot be attached, whatever the reason
 * (no such file, someone else's upload, evidence of another directive —
 * perhaps one the caller may not see): a different wording per reason would
 * tell a caller which ids exist.
 */
const NOT_ATTACHABLE = 'no such file that you may attach: upload it yourself first';

export interface RequireOptions {
  /** Lock the rows until the transaction ends, so that the facts checked stay true while the caller writes. */
  lock?: boolean;
  /** A more precise refusal than the rule's own (e.g. naming the fields the role may not change). */
  refusal?: { detail: string; errors: FieldError[] };
}

/**
 * The one access module (immich's `requireAccess`): a use case calls it once
 * with the ids it is about to act on. A directive the actor may not see
 * answers 404 — as if it did not exist, so ids of other agencies leak
 * nothing; one they see but may not act on answers 403. Visibility is the
 * same SQL predicate the lists use.
 */
@Injectable()
export class AccessPolicy {
  async requireDirectives(
    em: EntityManager,
    actor: Actor,
    permission: DirectivePermission,
    ids: string[],
    options: RequireOptions = {},
  ): Promise<Map<string, DirectiveFacts>> {
    const scope = directiveScope(actor);
    const rows = (await em.query(
      `SELECT d.id, d.meeting_id AS "meetingId", d.lead_organization_id AS "leadOrganizationId", d.status,
              d.status_before_pause AS "statusBeforePause", d.due_date AS "dueDate",
              d.submitted_at AS "submittedAt", d.submitted_due_date AS "submittedDueDate",
              EXISTS (SELECT 1 FROM directive_cooperating_organization c
                       WHERE c.directive_id = d.id AND c.organization_id = $2::uuid) AS "actorCooperates"
         FROM directive d
        WHERE d.id = ANY($1::uuid[]) ${scope ? `AND ${directiveVisibleSql('d', '$3::uuid')}` : ''}
        ${options.lock ? 'FOR UPDATE OF d' : ''}`,
      scope ? [ids, actor.organizationId, scope] : [ids, actor.organizationId],
    )) as DirectiveFacts[];
    const facts = new Map(rows.map((row) => [row.id, row]));
    const unseen = ids.find((id) => !facts.has(id));
    if (unseen) throw directiveNotFound(unseen);
    if (rows.some((row) => !mayOnDirective(actor, permission, row))) {
      throw options.refusal ? forbidden(options.refusal.detail, options.refusal.errors) : forbidden(DIRECTIVE_RULES[permission].refusal);
    }
    return facts;
  }

  /**
   * A workflow action on one directive, locked: 404 when the actor may not see
   * it, 403 when the table does not let them take this action at all. Whether
   * the directive's status allows it is the caller's rule (409).
   */
  async requireTransition(
    em: EntityManager,
    actor: Actor,
    action: TransitionAction,
    id: string,
  ): Promise<DirectiveFacts & { parties: ReadonlySet<WorkflowParty> }> {
    const facts = await this.requireDirective(em, actor, 'directive.read', id, { lock: true });
    const parties = workflowParties(actor, facts.leadOrganizationId);
    if (!mayTake(action, parties)) throw forbidden(TRANSITION_REFUSALS[action]);
    return { ...facts, parties };
  }

  /**
   * A file the actor may read: its uploader's until it is attached, then
   * whoever may see its directive (the lists' own visibility predicate, so an
   * agency reads the files of the directives it leads or cooperates on).
   * Anything else answers 404 attachment_not_found, as if it did not exist.
   */
  async requireAttachment(em: EntityManager, actor: Actor, id: string, permission: AttachmentPermission): Promise<AttachmentFacts> {
    const scope = directiveScope(actor);
    const [row] = (await em.query(
      `SELECT a.id, a.uploaded_by_user_id AS "uploadedByUserId", a.directive_id AS "directiveId"
         FROM attachment a LEFT JOIN directive d ON d.id = a.directive_id
        WHERE a.id = $1 AND (${ATTACHMENT_RULES[permission](scope ? directiveVisibleSql('d', '$3::uuid') : 'true')})`,
      scope ? [id, actor.userId, scope] : [id, actor.userId],
    )) as AttachmentFacts[];
    if (!row) throw attachmentNotFound(id);
    return row;
  }

  /**
   * Files the actor may make evidence of `directiveId` — a directive the
   * caller has already required (the permission to report or submit on it is
   * theirs to check): their own unattached uploads, or files already evidence
   * of this very directive (a retry, or cited again). The rows are locked
   * (in id order, so two callers cannot deadlock) until the transaction ends,
   * so no one else attaches them, nor the cleanup removes them, meanwhile.
   * Any other id is refused with 422 naming `attachmentIds[i]`, with one
   * wording whatever the reason.
   */
  async requireAttachable(
    em: EntityManager,
    actor: Actor,
    attachmentIds: string[],
    directiveId: string,
  ): Promise<Map<string, AttachmentFacts>> {
    const rows = (await em.query(
      `SELECT id, uploaded_by_user_id AS "uploadedByUserId", directive_id AS "directiveId"
         FROM attachment WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [[...new Set(attachmentIds)]],
    )) as AttachmentFacts[];
    const facts = new Map(rows.map((row) => [row.id, row]));
    const attachable = (row: AttachmentFacts | undefined): boolean =>
      row !== undefined && (row.directiveId === null ? row.uploadedByUserId === actor.userId : row.directiveId === directiveId);
    const errors: FieldError[] = attachmentIds.flatMap((id, i) =>
      attachable(facts.get(id)) ? [] : [{ field: `attachmentIds[${i}]`, message: NOT_ATTACHABLE }],
    );
    if (errors.length > 0) {
      throw new DomainError(
        AttachmentError.NotUsable,
        'Some files cannot be attached to this directive: upload them yourself first.',
        errors,
      );
    }
    return facts;
  }

  /** One directive: its facts, or the refusal. */
  async requireDirective(
    em: EntityManager,
    actor: Actor,
    permission: DirectivePermission,
    id: string,
    options: RequireOptions = {},
  ): Promise<DirectiveFacts> {
    return (await this.requireDirectives(em, actor, permission, [id], options)).get(id)!;
  }
}
