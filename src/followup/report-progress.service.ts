import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AttachmentLinks } from '../attachments/attachment-links.js';
import { AccessPolicy } from '../access/access-policy.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorKind } from '../common/errors/error-kind.js';
import { Clock } from '../common/time/clock.js';
import { insertRow } from '../database/insert-row.js';
import { runInTransaction } from '../database/transaction.js';
import type { DirectiveStatus } from '../directives/directive-enums.js';
import { Directive } from '../directives/directive.entity.js';
import { directiveNotFound } from '../directives/directives.errors.js';
import { DirectiveTransition } from './directive-transition.entity.js';
import type { ProgressReportResponseDto, ReportProgressDto } from './dto/progress-report.dto.js';
import { FollowUpError } from './followup.errors.js';
import { ProgressReportQueries } from './progress-report-queries.service.js';
import { DirectiveProgressReport, type ProgressReportKind } from './progress-report.entity.js';
import { WORKFLOW } from './workflow.js';

/**
 * When no report is taken. A paused directive waits for a leader's decision,
 * and one awaiting confirmation was already reported done: a report then
 * would contradict the status (the agency asks a leader to resume, or waits
 * for the rejection, which reopens the work).
 */
const REFUSED: Partial<Record<DirectiveStatus, [ErrorKind, string]>> = {
  completed: [FollowUpError.DirectiveClosed, 'A completed directive takes no more reports; a leader may reopen it.'],
  cancelled: [FollowUpError.DirectiveClosed, 'A cancelled directive takes no more reports.'],
  paused: [FollowUpError.DirectivePaused, 'A paused directive takes no reports until a leader resumes it.'],
  awaiting_confirmation: [
    FollowUpError.DirectiveAwaitingConfirmation,
    'The directive was reported done and awaits a leader’s confirmation; if it is rejected, reports are taken again.',
  ],
};

@Injectable()
export class ReportProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly writes: AuditedWrites,
    private readonly queries: ProgressReportQueries,
    private readonly clock: Clock,
    private readonly attachments: AttachmentLinks,
  ) {}

  /**
   * Records a report of the lead agency (progress) or of a cooperating one
   * (contribution): 404 when the caller may not see the directive, 403 when
   * their agency neither leads nor cooperates, 409 when its status takes no
   * report. The lead's report on work not yet begun (assigned, or reopened
   * after a rejection) starts it, as `start` would: the directive moves to
   * in_progress, with the report's note as the step's note. The directive row
   * is locked so the status checked is the one written against.
   */
  async report(directiveId: string, input: ReportProgressDto, actor: Actor): Promise<ProgressReportResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      const directive = await this.access.requireDirective(em, actor, 'directive.report_progress', directiveId, { lock: true });
      const refusal = REFUSED[directive.status];
      if (refusal) throw new DomainError(refusal[0], refusal[1]);

      const kind: ProgressReportKind = directive.leadOrganizationId === actor.organizationId ? 'progress' : 'contribution';
      const id = await this.writes.insert(em, actor, {
        entity: DirectiveProgressReport,
        values: {
          directiveId,
          kind,
          percent: input.percent,
          note: input.note,
          organizationId: actor.organizationId!,
          reportedByUserId: actor.userId,
          reportedAt: this.clock.now(),
          attachmentIds: input.attachmentIds ?? [],
        },
        action: 'directive.report_progress',
      });
      // Inside this transaction: a file that cannot be attached (422) undoes the report too.
      await this.attachments.attach(em, actor, input.attachmentIds ?? [], directiveId);

      if (kind === 'progress' && WORKFLOW.start.from.includes(directive.status)) {
        await this.writes.update(em, actor, {
          entity: Directive,
          id: directiveId,
          set: { status: WORKFLOW.start.to as DirectiveStatus },
          // The row is locked: no one else can have moved it since it was read.
          expectedVersion: undefined,
          notFound: () => directiveNotFound(directiveId),
          action: 'directive.start',
          extend: (after) => ({ ...after, note: input.note, progressReportId: id }),
          then: async () => {
            await insertRow(em, DirectiveTransition, {
              directiveId,
              action: 'start',
              fromStatus: directive.status,
              toStatus: WORKFLOW.start.to as DirectiveStatus,
              note: input.note,
              actorUserId: actor.userId,
              occurredAt: this.clock.now(),
            });
          },
        });
      }
      return this.queries.get(em, id);
    });
  }
}
