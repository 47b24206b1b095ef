import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { DomainError } from '../common/errors/domain-error.js';
import { stripUndefined } from '../common/http/patch.js';
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
    private readonly writes: AuditedWrites,
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
      const id = await this.writes.insert(em, actor, {
        entity: Speech,
        values: {
          meetingId,
          speakerId: input.speakerId,
          position,
          kind: input.kind,
          title: input.title ?? null,
          summary: input.summary ?? null,
          text: input.text ?? null,
        },
        action: 'speech.add',
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

      const { position, ...rest } = input;
      const moved = position !== undefined && position !== current.position;
      if (moved) {
        const count = await em.getRepository(Speech).count({ where: { meetingId } });
        if (position > count) throw positionOutOfRange(count);
      }
      await this.writes.update(em, actor, {
        entity: Speech,
        id: speechId,
        set: { ...stripUndefined(rest), ...(position !== undefined && { position }) },
        expectedVersion,
        notFound: () => speechNotFound(speechId),
        action: 'speech.update',
        // The speeches in between make room first, each with its own entry.
        first: async () => {
          if (!moved) return;
          await this.renumbering(em, actor, meetingId, speechId, () =>
            position < current.position
              ? this.shift(em, meetingId, '+ 1', 'position >= :to AND position < :from', { to: position, from: current.position })
              : this.shift(em, meetingId, '- 1', 'position > :from AND position <= :to', { to: position, from: current.position }),
          );
        },
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
    await this.writes.around(em, actor, 'speech', ids, 'speech.renumber', work);
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
