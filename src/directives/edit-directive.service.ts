import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { directiveScope } from '../access/directive-scope.js';
import { forbidden } from '../auth/auth.guard.js';
import { can } from '../common/roles.js';
import { CommonError } from '../common/errors/common-errors.js';
import { DomainError } from '../common/errors/domain-error.js';
import { stripUndefined } from '../common/http/patch.js';
import { ReferenceCheck } from '../organizations/references.js';
import { runInTransaction } from '../database/transaction.js';
import { Person } from '../organizations/person.entity.js';
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
  ) {}

  /**
   * Changes what was decided: wording, agencies, owner, deadline, priority.
   * The secretariat may change all of it; a department head only the owner, only
   * on directives their organization leads, and only to someone of their organization.
   */
  async updateDirective(id: string, input: UpdateDirectiveDto, expectedVersion: number, actor: Actor): Promise<DirectiveResponseDto> {
    const scope = directiveScope(actor);
    return runInTransaction(this.dataSource, async (em) => {
      // Read through the caller's scope: a directive they may not see answers 404.
      await this.queries.getDirective(id, scope, em);
      const current = await em.getRepository(Directive).findOne({
        select: { id: true, meetingId: true, leadOrganizationId: true },
        where: { id },
        // Locked so that the lead and cooperating agencies checked below are still the ones when we write.
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw directiveNotFound(id);
      // The lead read under the lock: a concurrent move to another agency cannot slip in between.
      if (!can(actor.role, 'directives:write')) await this.assertOwnerAssignment(em, actor, input, current.leadOrganizationId);

      const { cooperatingOrganizationIds, ...columns } = input;
      const lead = input.leadOrganizationId ?? current.leadOrganizationId;
      const cooperating =
        cooperatingOrganizationIds ??
        (await em.getRepository(DirectiveCooperation).find({ where: { directiveId: id } })).map((c) => c.organizationId);
      throwIfLeadAlsoCooperating(leadAlsoCooperating(lead, cooperating, ''));

      const check = new ReferenceCheck();
      addDirectiveReferences(check, input, '');
      await check.verify(em);
      if (input.sourceSpeechId) await assertSpeechOfMeeting(em, input.sourceSpeechId, current.meetingId, 'sourceSpeechId');

      await this.writes.update(em, actor, {
        entity: Directive,
        id,
        set: stripUndefined(columns),
        expectedVersion,
        notFound: () => directiveNotFound(id),
        action: Object.keys(stripUndefined(input)).every((field) => OWNER_ONLY_FIELDS.has(field))
          ? 'directive.assign_owner'
          : 'directive.update',
        then: async () => {
          if (cooperatingOrganizationIds) await replaceCooperations(em, id, cooperatingOrganizationIds);
        },
      });
      return this.queries.getDirective(id, scope, em);
    });
  }

  private async assertOwnerAssignment(em: EntityManager, actor: Actor, input: UpdateDirectiveDto, leadId: string): Promise<void> {
    const other = Object.keys(stripUndefined(input)).filter((field) => !OWNER_ONLY_FIELDS.has(field));
    if (other.length > 0) {
      throw new DomainError(
        CommonError.Forbidden,
        'A department head may assign the owner of a directive; its wording, agencies and deadline are the secretariat’s.',
        other.map((field) => ({ field, message: `${field} may be changed by the secretariat only` })),
      );
    }
    if (leadId !== actor.organizationId) throw forbidden('Only the head of the lead agency assigns the owner of a directive.');
    if (input.ownerId) {
      const owner = await em.getRepository(Person).findOne({ select: { id: true, organizationId: true }, where: { id: input.ownerId } });
      if (owner && owner.organizationId !== actor.organizationId) {
        throw new DomainError(DirectiveError.OwnerOutsideAgency, 'The owner must be a person of your organization.', [
          { field: 'ownerId', message: 'ownerId must be a person of your organization' },
        ]);
      }
    }
  }
}
