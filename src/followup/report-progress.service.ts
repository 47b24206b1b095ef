import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AttachmentLinks } from '../attachments/attachment-links.js';
import { AccessPolicy } from '../access/access-policy.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { AuditRecord } from '../audit/audit-trail.service.js';
import type { Actor } from '../common/actor.js';
import { CommonError } from '../common/errors/common-errors.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { insertRow } from '../database/insert-row.js';
import { runInTransaction } from '../database/transaction.js';
import type { DirectiveStatus } from '../directives/directive-enums.js';
import { Directive } from '../directives/directive.entity.js';
import { directiveNotFound } from '../directives/directives.errors.js';
import { DirectiveTransition } from './directive-transition.entity.js';
import { progressReportRefusal, refusalError } from './directive-operations.js';
import type { ProgressReportResponseDto, ReportProgressDto } from './dto/progress-report.dto.js';
import { ProgressReportQueries } from './progress-report-queries.service.js';
import { DirectiveProgressReport, type ProgressReportKind } from './progress-report.entity.js';
import { WORKFLOW } from './workflow.js';

/** The lead agency says how far the work is; a cooperating agency's contribution moves no percent. */
const PERCENT_PROBLEMS: Record<ProgressReportKind, (percent: number | undefined) => string | null> = {
  progress: (percent) => (percent === undefined ? 'percent is required of the lead agency' : null),
  contribution: (percent) =>
    percent === undefined ? null : 'percent must be absent: a cooperating agency’s contribution moves no percent',
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
      const refusal = progressReportRefusal(directive.status);
      if (refusal) throw refusalError(refusal);

      const kind: ProgressReportKind = directive.leadOrganizationId === actor.organizationId ? 'progress' : 'contribution';
      const percentProblem = PERCENT_PROBLEMS[kind](input.percent);
      if (percentProblem)
        throw new DomainError(CommonError.ValidationFailed, percentProblem, [{ field: 'percent', message: percentProblem }]);
      // The report's entry and the step's, if the report starts the work: one append.
      const entries: AuditRecord[] = [];
      const id = await this.writes.insert(em, actor, {
        entity: DirectiveProgressReport,
        values: {
          directiveId,
          kind,
          percent: input.percent ?? null,
          note: input.note,
          organizationId: actor.organizationId!,
          reportedByUserId: actor.userId,
          reportedAt: this.clock.now(),
          attachmentIds: input.attachmentIds ?? [],
        },
        action: 'directive.report_progress',
        into: entries,
      });
      if ((input.attachmentIds ?? []).length > 0) {
        // The files' own entries follow the report's, as they always did.
        await this.writes.append(em, actor, entries.splice(0));
        // Inside this transaction: a file that cannot be attached (422) undoes the report too.
        await this.attachments.attach(em, actor, input.attachmentIds ?? [], directiveId);
      }

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
          into: entries,
          alongside: async () => {
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
      await this.writes.append(em, actor, entries);
      return this.queries.get(em, id);
    });
  }
}
