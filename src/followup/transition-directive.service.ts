import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { AccessPolicy, type DirectiveFacts } from '../access/access-policy.js';
import { AttachmentLinks } from '../attachments/attachment-links.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { CommonError } from '../common/errors/common-errors.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { insertRow } from '../database/insert-row.js';
import { runInTransaction } from '../database/transaction.js';
import { DirectiveQueriesService } from '../directives/directive-queries.service.js';
import { Directive } from '../directives/directive.entity.js';
import { directiveNotFound } from '../directives/directives.errors.js';
import type { DirectiveResponseDto } from '../directives/dto/directive-response.dto.js';
import { Notifier } from '../notifications/notifier.js';
import { completionOf } from './completion.js';
import { DirectiveTransition } from './directive-transition.entity.js';
import type { TransitionDto } from './dto/transition.dto.js';
import { transitionNotAllowed } from './followup.errors.js';
import { allowedActions, type TransitionAction, transitionOf, WORKFLOW } from './workflow.js';

@Injectable()
export class TransitionDirectiveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly writes: AuditedWrites,
    private readonly queries: DirectiveQueriesService,
    private readonly attachments: AttachmentLinks,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Moves a directive along the workflow table: 404 when the caller may not
   * see it, 403 when the table never lets them take this action, 409 (with
   * what they may do instead) when its status does not allow it now, 412
   * when it changed since they read it.
   */
  async transition(id: string, input: TransitionDto, expectedVersion: number, actor: Actor): Promise<DirectiveResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      const directive = await this.access.requireTransition(em, actor, input.action, id);
      const to = transitionOf(input.action, directive.status, directive.statusBeforePause);
      if (!to) throw transitionNotAllowed(input.action, directive.status, allowedActions(directive.status, directive.parties));
      const note = input.note ?? null;
      if (WORKFLOW[input.action].noteRequired && note === null) {
        throw new DomainError(CommonError.ValidationFailed, `"${input.action}" needs a note saying ${NOTE_MEANS[input.action]}.`, [
          { field: 'note', message: `note is required to ${input.action}` },
        ]);
      }
      const attachmentIds = input.attachmentIds ?? [];
      await this.writes.update(em, actor, {
        entity: Directive,
        id,
        set: { status: to, ...this.consequences(input.action, directive) },
        expectedVersion,
        notFound: () => directiveNotFound(id),
        action: `directive.${input.action}`,
        // The step's entry names its evidence too (each file also gets its own attachment.attach entry).
        extend: (after) => ({ ...after, note, ...(attachmentIds.length > 0 ? { attachmentIds } : {}) }),
        alongside: async () => {
          // Inside this transaction: a file that cannot be attached (422) undoes the step too.
          await this.attachments.attach(em, actor, attachmentIds, id);
          await insertRow(em, DirectiveTransition, {
            directiveId: id,
            action: input.action,
            fromStatus: directive.status,
            toStatus: to,
            note,
            attachmentIds,
            actorUserId: actor.userId,
            // The service's clock, like every other moment of the directive's timeline.
            occurredAt: this.clock.now(),
          });
        },
      });
      await this.notify(em, input.action, id, note, actor);
      return this.queries.getDirective(id, actor, { em });
    });
  }

  /** Who is told of a step: the leaders of a submission to confirm, the lead agency of a submission sent back. */
  private async notify(em: EntityManager, action: TransitionAction, id: string, note: string | null, actor: Actor): Promise<void> {
    if (action === 'submit') await this.notifier.submitted(em, actor.userId, id);
    // A rejection always has its note (the workflow requires it): what is missing.
    if (action === 'reject') await this.notifier.rejected(em, actor.userId, id, note ?? '');
  }

  /** What else a step changes: where a pause returns to, when it was submitted and against which deadline, how it completed. */
  private consequences(action: TransitionAction, directive: DirectiveFacts): QueryDeepPartialEntity<Directive> {
    switch (action) {
      case 'pause':
        return { statusBeforePause: directive.status };
      case 'resume':
      case 'cancel':
        return { statusBeforePause: null };
      case 'submit':
        return { submittedAt: this.clock.now(), submittedDueDate: directive.dueDate };
      case 'confirm':
        return {
          completedAt: this.clock.now(),
          // A directive awaiting confirmation was always submitted; the submission, not this moment, decides.
          completion: completionOf(directive.submittedAt ?? this.clock.now(), directive.submittedDueDate, this.config.timeZone),
        };
      case 'reject':
        return { submittedAt: null, submittedDueDate: null };
      case 'reopen':
        return { submittedAt: null, submittedDueDate: null, completedAt: null, completion: null };
      case 'start':
        return {};
    }
  }
}

const NOTE_MEANS: Record<TransitionAction, string> = {
  start: 'how the work begins',
  submit: 'the result achieved',
  confirm: 'why it is accepted',
  reject: 'what is missing',
  pause: 'why the work stops',
  resume: 'why the work goes on',
  cancel: 'why the directive is withdrawn',
  reopen: 'what must be done again',
};
