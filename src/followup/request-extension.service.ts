import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../access/access-policy.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import { Notifier } from '../notifications/notifier.js';
import type { Actor } from '../common/actor.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { runInTransaction } from '../database/transaction.js';
import type { ExtensionRequestResponseDto, RequestExtensionDto } from './dto/extension.dto.js';
import { ExtensionQueries } from './extension-queries.service.js';
import { DirectiveExtensionRequest } from './extension-request.entity.js';
import { extensionRequestRefusal, refusalError } from './directive-operations.js';
import { FollowUpError } from './followup.errors.js';

@Injectable()
export class RequestExtensionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly writes: AuditedWrites,
    private readonly queries: ExtensionQueries,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  /**
   * The head of the lead agency asks for a later deadline (gia hạn): 404 when
   * they may not see the directive, 403 when it is not their agency's, 409
   * when it is over or a request already awaits a decision, 422 when it has no
   * deadline or the date asked for is not later than it or already past. The
   * directive row is locked, so the checks hold until the request is written;
   * the partial unique index is the last word if two requests still meet.
   */
  async request(directiveId: string, input: RequestExtensionDto, actor: Actor): Promise<ExtensionRequestResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      const directive = await this.access.requireDirective(em, actor, 'directive.request_extension', directiveId, { lock: true });
      const hasPendingExtension = await this.queries.hasPending(em, directiveId);
      const refusal = extensionRequestRefusal({ ...directive, hasPendingExtension });
      if (refusal) throw refusalError(refusal);
      const dueDate = directive.dueDate!; // a directive without one was refused above
      if (input.proposedDueDate <= dueDate) {
        throw new DomainError(
          FollowUpError.ExtensionDateNotLater,
          `The date asked for must be later than the current deadline, ${dueDate}.`,
          [{ field: 'proposedDueDate', message: `proposedDueDate must be later than ${dueDate}` }],
        );
      }
      const today = this.clock.today();
      if (input.proposedDueDate < today) {
        throw new DomainError(FollowUpError.ExtensionDateInPast, `A new deadline cannot be in the past; today is ${today}.`, [
          { field: 'proposedDueDate', message: `proposedDueDate must be ${today} or later` },
        ]);
      }
      const id = await this.writes.insert(em, actor, {
        entity: DirectiveExtensionRequest,
        values: {
          directiveId,
          proposedDueDate: input.proposedDueDate,
          reason: input.reason,
          currentDueDate: dueDate,
          requestedByUserId: actor.userId,
          requestedAt: this.clock.now(),
        },
        action: 'directive.request_extension',
      });
      await this.notifier.extensionRequested(em, actor.userId, directiveId, id);
      return this.queries.get(em, id);
    });
  }
}
