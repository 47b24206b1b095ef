import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { ReferenceCheck } from '../organizations/references.js';
import { runInTransaction } from '../database/transaction.js';
import { lockMeeting } from '../meetings/meeting-lock.js';
import { Notifier } from '../notifications/notifier.js';
import { DirectiveQueriesService } from './directive-queries.service.js';
import {
  addDirectiveReferences,
  assertSpeechOfMeeting,
  leadAlsoCooperating,
  throwIfLeadAlsoCooperating,
  writeDirectives,
  type WrittenDirective,
} from './directive-writer.js';
import { Directive } from './directive.entity.js';
import type { IssueDirectiveDto } from './dto/directive-input.dto.js';
import type { DirectiveResponseDto } from './dto/directive-response.dto.js';

@Injectable()
export class IssueDirectiveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: DirectiveQueriesService,
    private readonly writes: AuditedWrites,
    private readonly notifier: Notifier,
  ) {}

  /** Adds a directive to an existing meeting, after its existing ones. */
  async issueDirective(meetingId: string, input: IssueDirectiveDto, actor: Actor): Promise<DirectiveResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      await lockMeeting(em, meetingId);
      throwIfLeadAlsoCooperating(leadAlsoCooperating(input.leadOrganizationId, input.cooperatingOrganizationIds, ''));
      const check = new ReferenceCheck();
      addDirectiveReferences(check, input, '');
      await check.verify(em);
      if (input.sourceSpeechId) await assertSpeechOfMeeting(em, input.sourceSpeechId, meetingId, 'sourceSpeechId');

      const last = await em.getRepository(Directive).maximum('ordinal', { meetingId });
      const [{ id, snapshot }] = (await writeDirectives(em, meetingId, (last ?? 0) + 1, [
        { ...input, sourceSpeechId: input.sourceSpeechId ?? null },
      ])) as [WrittenDirective];
      await this.notifier.directiveIssued(em, actor.userId, [id]);
      await this.writes.append(em, actor, [{ action: 'directive.issue', entityType: 'directive', entityId: id, after: snapshot }]);
      return this.queries.getDirective(id, actor, { em });
    });
  }
}
