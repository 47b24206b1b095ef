import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { CommonError } from '../common/errors/common-errors.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import { snapshotOf } from '../audit/snapshot-sql.js';
import { directiveScope } from '../access/directive-scope.js';
import { DirectiveQueriesService } from '../directives/directive-queries.service.js';
import { insertBulk } from '../database/insert-row.js';
import type { Actor } from '../common/actor.js';
import { ReferenceCheck } from '../organizations/references.js';
import { runInTransaction } from '../database/transaction.js';
import {
  addDirectiveReferences,
  leadAlsoCooperating,
  throwIfLeadAlsoCooperating,
  writeDirectives,
} from '../directives/directive-writer.js';
import { Notifier } from '../notifications/notifier.js';
import { type CreateMeetingDto, type MeetingResponseDto, toMeetingResponse } from './dto/meeting.dto.js';
import { MeetingQueriesService } from './meeting-queries.service.js';
import { MeetingError } from '../meetings/meetings.errors.js';
import { Clock } from '../common/time/clock.js';
import { INSERT_ATTENDEES, INSERT_MEETING, INSERT_SPEECHES } from './meeting-writes.js';
import { recordedDirectiveRows, recordedMeetingRow } from './recorded-meeting.js';
import { addReviewedDirectives, checkReviewedDirectives, lockReviews } from './reviewed-directives.js';

export function assertPeriod(startsAt: string | Date, endsAt: string | Date | null | undefined): void {
  if (endsAt && new Date(endsAt).getTime() < new Date(startsAt).getTime()) {
    throw new DomainError(MeetingError.PeriodInvalid, 'A meeting cannot end before it starts.', [
      { field: 'endsAt', message: 'endsAt must not be earlier than startsAt' },
    ]);
  }
}

@Injectable()
export class RecordMeetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: MeetingQueriesService,
    private readonly directives: DirectiveQueriesService,
    private readonly writes: AuditedWrites,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /**
   * Records a whole meeting — attendees, speeches in order, directives — in one
   * transaction. Everything is checked before the first write, and any failure
   * rolls everything back: a meeting is never stored half.
   */
  async recordMeeting(input: CreateMeetingDto, actor: Actor): Promise<MeetingResponseDto> {
    const chairId = this.checkInput(input);
    return runInTransaction(this.dataSource, (em) => this.write(em, input, chairId, actor));
  }

  /**
   * The same use case inside a transaction the caller owns (confirming an
   * import creates the people and agencies it names first): the caller
   * commits or rolls back everything together.
   */
  async recordMeetingIn(em: EntityManager, input: CreateMeetingDto, actor: Actor): Promise<MeetingResponseDto> {
    return this.write(em, input, this.checkInput(input), actor);
  }

  /** What can be checked without the database, before any transaction: answers the chair. */
  private checkInput(input: CreateMeetingDto): string | null {
    assertPeriod(input.startsAt, input.endsAt);
    const chairId = this.resolveChair(input);
    this.checkSpeechIndexes(input);
    throwIfLeadAlsoCooperating(
      (input.directives ?? []).flatMap((d, i) =>
        leadAlsoCooperating(d.leadOrganizationId, d.cooperatingOrganizationIds, `directives[${i}].`),
      ),
    );
    return chairId;
  }

  /**
   * One statement per table written, each answering the rows as stored; the
   * audit entries (the meeting's and each directive's, snapshots from those
   * rows) in one append; the answer built from the same rows and the names
   * the reference check read.
   */
  private async write(em: EntityManager, input: CreateMeetingDto, chairId: string | null, actor: Actor): Promise<MeetingResponseDto> {
    const attendees = input.attendees ?? [];
    const speeches = input.speeches ?? [];
    const directives = input.directives ?? [];
    const check = new ReferenceCheck().organization('organizerId', input.organizerId).person('chairId', chairId);
    attendees.forEach((a, i) => check.person(`attendees[${i}].personId`, a.personId));
    speeches.forEach((s, i) => check.person(`speeches[${i}].speakerId`, s.speakerId));
    directives.forEach((d, i) => addDirectiveReferences(check, d, `directives[${i}].`));
    const refs = await check.verify(em);
    const reviewedInput = input.reviewedDirectiveIds ?? [];
    if (reviewedInput.length > 0) await lockReviews(em);
    const reviewed = await checkReviewedDirectives(
      em,
      { organizerId: input.organizerId ?? null, startsAt: new Date(input.startsAt) },
      reviewedInput,
    );

    const [meeting] = await insertBulk(em, INSERT_MEETING, [
      {
        title: input.title,
        kind: input.kind ?? null,
        startsAt: new Date(input.startsAt),
        endsAt: input.endsAt ? new Date(input.endsAt) : null,
        location: input.location ?? null,
        organizerId: input.organizerId ?? null,
        chairId,
        summary: input.summary ?? null,
        sourceUrl: input.sourceUrl ?? null,
        status: input.status ?? 'draft',
      },
    ]);
    const meetingId = meeting!.id;
    const writtenAttendees = await insertBulk(
      em,
      INSERT_ATTENDEES,
      attendees.map((a) => ({ meetingId, personId: a.personId, role: a.role, attended: a.attended ?? true })),
    );
    const writtenSpeeches = await insertBulk(
      em,
      INSERT_SPEECHES,
      speeches.map((s, index) => ({
        meetingId,
        speakerId: s.speakerId,
        position: index + 1,
        kind: s.kind,
        title: s.title ?? null,
        summary: s.summary ?? null,
        text: s.text ?? null,
      })),
    );
    await addReviewedDirectives(em, meetingId, reviewed, actor, this.clock.now());
    const speechIds = new Map(writtenSpeeches.map((s) => [s.position, s.id]));
    const writtenDirectives = await writeDirectives(
      em,
      meetingId,
      1,
      directives.map(({ sourceSpeechIndex, ...d }) => ({
        ...d,
        sourceSpeechId: sourceSpeechIndex === undefined || sourceSpeechIndex === null ? null : speechIds.get(sourceSpeechIndex + 1)!,
      })),
    );
    await this.notifier.directiveIssued(
      em,
      actor.userId,
      writtenDirectives.map((d) => d.id),
    );
    // One entry for the meeting shows its attendees, speeches and reviewed directives; each directive gets its own.
    await this.writes.append(em, actor, [
      {
        action: 'meeting.record',
        entityType: 'meeting',
        entityId: meetingId,
        after: {
          ...snapshotOf(meeting!.snapshot),
          // The trail lists them in the database's order of uuids, which is that of their lower-case text.
          reviewedDirectiveIds: [...new Set(reviewed)].sort(),
          attendees: attendees.map((a) => ({ personId: a.personId, role: a.role, attended: a.attended ?? true })),
          speeches: speeches.map((s, index) => ({ position: index + 1, speakerId: s.speakerId, kind: s.kind, title: s.title ?? null })),
        },
      },
      ...writtenDirectives.map((d) => ({ action: 'directive.issue', entityType: 'directive', entityId: d.id, after: d.snapshot })),
    ]);
    // A viewer limited to some agencies sees only some directives: their read applies that rule, once.
    if (directiveScope(actor) !== null) return this.queries.getMeeting(meetingId, actor, em);
    return toMeetingResponse(
      recordedMeetingRow(meeting!, writtenAttendees, writtenSpeeches, refs),
      this.directives.toResponses(recordedDirectiveRows(meeting!, writtenDirectives, writtenSpeeches, refs), actor),
      reviewed,
    );
  }

  /**
   * A meeting has at most one chair. `chairId` and an attendee with role chair
   * must agree; either one alone names the chair.
   */
  private resolveChair(input: CreateMeetingDto): string | null {
    const attendees = input.attendees ?? [];
    const seen = new Map<string, number>();
    const duplicates: FieldError[] = [];
    attendees.forEach((a, i) => {
      if (seen.has(a.personId))
        duplicates.push({
          field: `attendees[${i}].personId`,
          message: `this person is already listed at attendees[${seen.get(a.personId)}]`,
        });
      else seen.set(a.personId, i);
    });
    if (duplicates.length > 0) {
      throw new DomainError(MeetingError.AttendeeAlreadyPresent, 'A person can attend a meeting only once.', duplicates);
    }
    const chairs = attendees.map((a, i) => ({ ...a, index: i })).filter((a) => a.role === 'chair');
    if (chairs.length > 1) {
      throw new DomainError(
        MeetingError.AlreadyHasChair,
        'A meeting has at most one chair.',
        chairs.slice(1).map((c) => ({ field: `attendees[${c.index}].role`, message: 'another attendee is already the chair' })),
      );
    }
    const chairAttendee = chairs[0];
    if (chairAttendee && input.chairId && chairAttendee.personId !== input.chairId) {
      throw new DomainError(CommonError.ValidationFailed, "The chair attendee and the meeting's chairId name different people.", [
        {
          field: `attendees[${chairAttendee.index}].personId`,
          message: 'the attendee with role chair must be the person named by chairId',
        },
      ]);
    }
    return input.chairId ?? chairAttendee?.personId ?? null;
  }

  private checkSpeechIndexes(input: CreateMeetingDto): void {
    const count = input.speeches?.length ?? 0;
    const errors: FieldError[] = (input.directives ?? []).flatMap((d, i) =>
      d.sourceSpeechIndex !== undefined && d.sourceSpeechIndex !== null && d.sourceSpeechIndex >= count
        ? [{ field: `directives[${i}].sourceSpeechIndex`, message: `there are ${count} speeches (indexes 0 to ${count - 1})` }]
        : [],
    );
    if (errors.length > 0)
      throw new DomainError(CommonError.ValidationFailed, 'A directive names a speech the meeting does not have.', errors);
  }
}
