import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../access/access-policy.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import { WithEtag } from '../common/http/etag.js';
import { Notifier } from '../notifications/notifier.js';
import type { Actor } from '../common/actor.js';
import { CommonError } from '../common/errors/common-errors.js';
import { DomainError } from '../common/errors/domain-error.js';
import { versionMismatch } from '../common/http/etag.js';
import { Clock } from '../common/time/clock.js';
import { runInTransaction } from '../database/transaction.js';
import { Directive } from '../directives/directive.entity.js';
import { directiveNotFound } from '../directives/directives.errors.js';
import type { DecideExtensionDto, ExtensionRequestResponseDto } from './dto/extension.dto.js';
import { ExtensionQueries } from './extension-queries.service.js';
import { DirectiveExtensionRequest } from './extension-request.entity.js';
import { CLOSED_STATUSES, grantedDateProblem } from './extension-rules.js';
import { FollowUpError } from './followup.errors.js';

@Injectable()
export class DecideExtensionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly writes: AuditedWrites,
    private readonly queries: ExtensionQueries,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  /**
   * A leader approves or rejects a pending request. If-Match carries the
   * directive's version: the leader decides against the deadline they saw,
   * and an approval changes the directive. 404 when the caller may not see
   * the directive or it has no such request, 403 for anyone but a leader, 412
   * when the directive changed since it was read, 409 when the request is
   * already decided (or, to approve, the directive is over), 422 when the
   * date granted is not later than the deadline in force or later than the
   * one asked for. Approval moves only `dueDate` (never the original or the
   * submitted deadline) and bumps the directive's version; rejection leaves
   * the directive as it is. The directive row is locked first, so two
   * leaders deciding at once are served one after the other.
   */
  async decide(
    directiveId: string,
    requestId: string,
    input: DecideExtensionDto,
    expectedVersion: number,
    actor: Actor,
  ): Promise<WithEtag<ExtensionRequestResponseDto>> {
    if (input.decision === 'rejected' && input.approvedDueDate !== undefined) {
      throw new DomainError(CommonError.ValidationFailed, 'A rejection grants no date.', [
        { field: 'approvedDueDate', message: 'approvedDueDate must be absent when the decision is rejected' },
      ]);
    }
    return runInTransaction(this.dataSource, async (em) => {
      const directive = await this.access.requireDirective(em, actor, 'directive.decide_extension', directiveId, { lock: true });
      const request = await this.queries.of(em, directiveId, requestId);
      const version = await versionOf(em, directiveId);
      if (version !== expectedVersion) throw versionMismatch(version);
      if (request.status !== 'pending') {
        throw new DomainError(FollowUpError.ExtensionNotPending, `This request was already ${request.status}.`);
      }

      let directiveVersion = version;
      let approvedDueDate: string | null = null;
      if (input.decision === 'approved') {
        if (CLOSED_STATUSES.includes(directive.status)) {
          throw new DomainError(
            FollowUpError.DirectiveClosed,
            `A directive that is ${directive.status} gets no later deadline; reject the request.`,
          );
        }
        if (directive.dueDate === null) {
          throw new DomainError(
            FollowUpError.ExtensionWithoutDeadline,
            'This directive no longer has a deadline to extend; reject the request.',
          );
        }
        approvedDueDate = input.approvedDueDate ?? request.proposedDueDate;
        this.checkGranted(approvedDueDate, directive.dueDate, request.proposedDueDate);
        directiveVersion = await this.writes.update(em, actor, {
          entity: Directive,
          id: directiveId,
          set: { dueDate: approvedDueDate },
          expectedVersion,
          notFound: () => directiveNotFound(directiveId),
          action: 'directive.extend',
          extend: (after) => ({ ...after, extensionRequestId: requestId }),
        });
      }
      await this.writes.update(em, actor, {
        entity: DirectiveExtensionRequest,
        id: requestId,
        set: {
          status: input.decision,
          decidedByUserId: actor.userId,
          decidedAt: this.clock.now(),
          decisionNote: input.note ?? null,
          approvedDueDate,
        },
        // The directive's version, checked above under its lock, guards the decision.
        expectedVersion: undefined,
        notFound: () => new DomainError(FollowUpError.ExtensionRequestNotFound, `No extension request has the id ${requestId}.`),
        action: input.decision === 'approved' ? 'directive.approve_extension' : 'directive.reject_extension',
      });
      // After the deadline moved: an approval's notice names the new date.
      await this.notifier.extensionDecided(em, actor.userId, directiveId, requestId, input.decision);
      // The answer is the request; its ETag the directive's after the decision (new when approved).
      return new WithEtag(await this.queries.get(em, requestId), directiveVersion);
    });
  }

  private checkGranted(granted: string, current: string, proposed: string): void {
    switch (grantedDateProblem(granted, current, proposed)) {
      case 'not_later':
        throw new DomainError(FollowUpError.ExtensionDateNotLater, `The deadline granted must be later than the current one, ${current}.`, [
          { field: 'approvedDueDate', message: `approvedDueDate must be later than ${current}` },
        ]);
      case 'beyond_proposed':
        throw new DomainError(
          FollowUpError.ExtensionDateBeyondProposed,
          `The deadline granted cannot be later than the one asked for, ${proposed}.`,
          [{ field: 'approvedDueDate', message: `approvedDueDate must be ${proposed} or earlier` }],
        );
      case null:
    }
  }
}

async function versionOf(em: EntityManager, directiveId: string): Promise<number> {
  const [row] = (await em.query('SELECT version FROM directive WHERE id = $1', [directiveId])) as { version: number }[];
  return row!.version;
}
