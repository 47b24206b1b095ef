import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { stripUndefined } from '../common/http/patch.js';
import { guardedUpdate } from '../database/guarded-update.js';
import { ReferenceCheck } from '../database/references.js';
import { directiveNotFound, DirectiveQueriesService } from './directive-queries.service.js';
import { DirectiveCooperation } from './directive-cooperation.entity.js';
import {
  addDirectiveReferences,
  assertSpeechOfMeeting,
  leadAlsoCooperating,
  replaceCooperations,
  throwIfLeadAlsoCooperating,
} from './directive-writer.js';
import { Directive } from './directive.entity.js';
import type { UpdateDirectiveDto } from './dto/directive-input.dto.js';
import type { DirectiveResponseDto } from './dto/directive-response.dto.js';

@Injectable()
export class EditDirectiveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: DirectiveQueriesService,
  ) {}

  /** Changes what was decided: wording, agencies, owner, deadline, priority. Status has its own workflow. */
  async updateDirective(id: string, input: UpdateDirectiveDto, expectedVersion?: number): Promise<DirectiveResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const current = await em.getRepository(Directive).findOne({
        select: { id: true, meetingId: true, leadOrganizationId: true },
        where: { id },
        // Locked so that the lead and cooperating agencies checked below are still the ones when we write.
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw directiveNotFound(id);

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

      await guardedUpdate(em, Directive, id, stripUndefined(columns), expectedVersion, () => directiveNotFound(id));
      if (cooperatingOrganizationIds) await replaceCooperations(em, id, cooperatingOrganizationIds);
      return this.queries.getDirective(id, em);
    });
  }
}
