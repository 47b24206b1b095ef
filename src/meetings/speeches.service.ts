import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { Actor } from '../common/actor.js';
import { DomainError } from '../common/errors/domain-error.js';
import { stripUndefined } from '../common/http/patch.js';
import { guardedUpdate } from '../database/guarded-update.js';
import { ReferenceCheck } from '../organizations/references.js';
import { runInTransaction } from '../database/transaction.js';
import { type AddSpeechDto, type SpeechResponseDto, toSpeechResponse, type UpdateSpeechDto } from './dto/speech.dto.js';
import { lockMeeting } from './meeting-lock.js';
import { MeetingError, speechNotFound } from './meetings.errors.js';
import { Speech } from './speech.entity.js';

function positionOutOfRange(highest: number): DomainError {
  return new DomainError(MeetingError.SpeechPositionOutOfRange, `Positions in this meeting run from 1 to ${highest}.`, [
    { field: 'position', message: `position must be between 1 and ${highest}` },
  ]);
}

/**
 * Speeches keep a gap-free 1-based order. Every change happens under the
 * meeting's row lock, and the unique (meeting, position) constraint is checked
 * at commit, so shifting many rows in one statement is allowed while a gap or a
 * duplicate can never be committed.
 */
@Injectable()
export class SpeechesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async addSpeech(meetingId: string, input: AddSpeechDto, actor: Actor): Promise<SpeechResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      await lockMeeting(em, meetingId);
      await new ReferenceCheck().person('speakerId', input.speakerId).verify(em);
      const count = await em.getRepository(Speech).count({ where: { meetingId } });
      const position = input.position ?? count + 1;
      if (position > count + 1) throw positionOutOfRange(count + 1);
      await this.renumbering(em, actor, meetingId, undefined, () =>
        this.shift(em, meetingId, '+ 1', 'position >= :from', { from: position }),
      );
      const inserted = await em.getRepository(Speech).insert({
        meetingId,
        speakerId: input.speakerId,
        position,
        kind: input.kind,
        title: input.title ?? null,
        summary: input.summary ?? null,
        text: input.text ?? null,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.audit.record(em, actor, {
        action: 'speech.add',
        entityType: 'speech',
        entityId: id,
        after: await this.audit.snapshot(em, 'speech', id),
      });
      return this.load(em, meetingId, id);
    });
  }

  /** Edits a speech; a new `position` moves it and renumbers the speeches in between. */
  async updateSpeech(
    meetingId: string,
    speechId: string,
    input: UpdateSpeechDto,
    expectedVersion: number,
    actor: Actor,
  ): Promise<SpeechResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      await lockMeeting(em, meetingId);
      const current = await em.getRepository(Speech).findOne({ select: { id: true, position: true }, where: { id: speechId, meetingId } });
      if (!current) throw speechNotFound(speechId);
      await new ReferenceCheck().person('speakerId', input.speakerId).verify(em);

      const before = await this.audit.snapshot(em, 'speech', speechId);
      const { position, ...rest } = input;
      if (position !== undefined && position !== current.position) {
        const count = await em.getRepository(Speech).count({ where: { meetingId } });
        if (position > count) throw positionOutOfRange(count);
        if (position < current.position) {
          await this.renumbering(em, actor, meetingId, speechId, () =>
            this.shift(em, meetingId, '+ 1', 'position >= :to AND position < :from', { to: position, from: current.position }),
          );
        } else {
          await this.renumbering(em, actor, meetingId, speechId, () =>
            this.shift(em, meetingId, '- 1', 'position > :from AND position <= :to', { to: position, from: current.position }),
          );
        }
      }
      await guardedUpdate(
        em,
        Speech,
        speechId,
        { ...stripUndefined(rest), ...(position !== undefined && { position }) },
        expectedVersion,
        () => speechNotFound(speechId),
      );
      await this.audit.record(em, actor, {
        action: 'speech.update',
        entityType: 'speech',
        entityId: speechId,
        before,
        after: await this.audit.snapshot(em, 'speech', speechId),
      });
      return this.load(em, meetingId, speechId);
    });
  }

  /** Neighbours that move up or down are changed records too: each gets its own audit entry. */
  private async renumbering(
    em: EntityManager,
    actor: Actor,
    meetingId: string,
    except: string | undefined,
    work: () => Promise<void>,
  ): Promise<void> {
    const ids = (await em.getRepository(Speech).find({ select: { id: true }, where: { meetingId } }))
      .map((s) => s.id)
      .filter((id) => id !== except);
    await this.audit.recordAround(em, actor, 'speech', ids, 'speech.renumber', work);
  }

  private async shift(
    em: EntityManager,
    meetingId: string,
    by: '+ 1' | '- 1',
    range: string,
    params: Record<string, number>,
  ): Promise<void> {
    await em
      .getRepository(Speech)
      .createQueryBuilder()
      .update()
      .set({ position: () => `position ${by}` })
      .where(`meeting_id = :meetingId AND ${range}`, { meetingId, ...params })
      .execute();
  }

  private async load(em: EntityManager, meetingId: string, id: string): Promise<SpeechResponseDto> {
    const speech = await em.getRepository(Speech).findOne({ where: { id, meetingId }, relations: { speaker: true } });
    if (!speech) throw speechNotFound(id);
    return toSpeechResponse({ ...speech, speaker: speech.speaker! });
  }
}
