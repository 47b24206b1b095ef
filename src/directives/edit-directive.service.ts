import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { AccessPolicy } from '../access/access-policy.js';
import { can } from '../common/roles.js';
import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { stripUndefined } from '../common/http/patch.js';
import { ReferenceCheck } from '../organizations/references.js';
import { runInTransaction } from '../database/transaction.js';
import { Person } from '../organizations/person.entity.js';
import { Notifier } from '../notifications/notifier.js';
import { DirectiveCooperation } from './directive-cooperation.entity.js';
import { DirectiveQueriesService } from './directive-queries.service.js';
import {
  addDirectiveReferences,
  assertSpeechOfMeeting,
  leadAlsoCooperating,
  replaceCooperations,
  throwIfLeadAlsoCooperating,
} from './directive-writer.js';
import { Directive } from './directive.entity.js';
import { DirectiveError, directiveNotFound } from './directives.errors.js';
import type { UpdateDirectiveDto } from './dto/directive-input.dto.js';
import type { DirectiveResponseDto } from './dto/directive-response.dto.js';

/** What a department head may change on a directive their organization leads: who owns it. */
const OWNER_ONLY_FIELDS: ReadonlySet<string> = new Set(['ownerId']);

@Injectable()
export class EditDirectiveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: DirectiveQueriesService,
    private readonly writes: AuditedWrites,
    private readonly access: AccessPolicy,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Changes what was decided: wording, agencies, owner, deadline, priority.
   * The secretariat may change all of it; a department head only the owner, only
   * on directives their organization leads, and only to someone of their organization.
   */
  async updateDirective(id: string, input: UpdateDirectiveDto, expectedVersion: number, actor: Actor): Promise<DirectiveResponseDto> {
    const fields = Object.keys(stripUndefined(input));
    const ownerOnly = fields.every((field) => OWNER_ONLY_FIELDS.has(field));
    return runInTransaction(this.dataSource, async (em) => {
      // Locked: the lead and cooperating agencies checked here are still the ones when we write.
      const current = await this.access.requireDirective(em, actor, ownerOnly ? 'directive.assign_owner' : 'directive.edit', id, {
        lock: true,
        refusal: ownerOnly ? undefined : secretariatOnly(fields),
      });
      if (!can(actor.role, 'directives:write') && input.ownerId) await this.assertOwnerOfOwnAgency(em, actor, input.ownerId);

      const { cooperatingOrganizationIds, ...columns } = input;
      const lead = input.leadOrganizationId ?? current.leadOrganizationId;
      const cooperatingBefore = (await em.getRepository(DirectiveCooperation).find({ where: { directiveId: id } })).map(
        (c) => c.organizationId,
      );
      const cooperating = cooperatingOrganizationIds ?? cooperatingBefore;
      throwIfLeadAlsoCooperating(leadAlsoCooperating(lead, cooperating, ''));

      const check = new ReferenceCheck();
      addDirectiveReferences(check, input, '');
      await check.verify(em);
      if (input.sourceSpeechId) await assertSpeechOfMeeting(em, input.sourceSpeechId, current.meetingId, 'sourceSpeechId');

      let ownerChanged = false;
      await this.writes.update(em, actor, {
        entity: Directive,
        id,
        set: {
          ...stripUndefined(columns),
          // Before any step of the work, a new deadline corrects the one issued; afterwards it only moves the one in force.
          ...(input.dueDate !== undefined && !(await workHasBegun(em, id)) && { originalDueDate: input.dueDate }),
        },
        expectedVersion,
        notFound: () => directiveNotFound(id),
        action: ownerOnly ? 'directive.assign_owner' : 'directive.update',
        check: (before) => {
          ownerChanged = Boolean(input.ownerId) && input.ownerId !== before.ownerId;
        },
        then: async () => {
          if (cooperatingOrganizationIds) await replaceCooperations(em, id, cooperatingOrganizationIds);
        },
      });
      if (ownerChanged) await this.notifier.ownerAssigned(em, actor.userId, id);
      if (input.leadOrganizationId || cooperatingOrganizationIds) {
        await this.notifier.agenciesChanged(em, actor.userId, id, {
          leadOrganizationId: current.leadOrganizationId,
          cooperatingOrganizationIds: cooperatingBefore,
        });
      }
      return this.queries.getDirective(id, actor, { em });
    });
  }

  private async assertOwnerOfOwnAgency(em: EntityManager, actor: Actor, ownerId: string): Promise<void> {
    const owner = await em.getRepository(Person).findOne({ select: { id: true, organizationId: true }, where: { id: ownerId } });
    if (owner && owner.organizationId !== actor.organizationId) {
      throw new DomainError(DirectiveError.OwnerOutsideAgency, 'The owner must be a person of your organization.', [
        { field: 'ownerId', message: 'ownerId must be a person of your organization' },
      ]);
    }
  }
}

function secretariatOnly(fields: string[]): { detail: string; errors: FieldError[] } {
  return {
    detail: 'A department head may assign the owner of a directive; its wording, agencies and deadline are the secretariat’s.',
    errors: fields
      .filter((field) => !OWNER_ONLY_FIELDS.has(field))
      .map((field) => ({ field, message: `${field} may be changed by the secretariat only` })),
  };
}

/**
 * Whether the directive has taken any workflow step or any agency reported on
 * it: a cooperating agency's contribution is work done against the deadline
 * as issued, even while the directive is still assigned.
 */
async function workHasBegun(em: EntityManager, id: string): Promise<boolean> {
  const rows = (await em.query(
    `SELECT 1 FROM directive_transition WHERE directive_id = $1
     UNION ALL
     SELECT 1 FROM directive_progress_report WHERE directive_id = $1
     LIMIT 1`,
    [id],
  )) as unknown[];
  return rows.length > 0;
}
