import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { versionMismatch } from '../common/http/etag.js';
import { runInTransaction } from '../database/transaction.js';
import type { CreateMeetingDto } from '../minutes/dto/meeting.dto.js';
import { RecordMeetingService } from '../minutes/record-meeting.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../organizations/people.service.js';
import type { DraftContent, DraftOrganization, DraftPerson } from './draft-content.js';
import { draftReferences } from './draft-references.js';
import type { ImportDraftResponseDto } from './dto/import-response.dto.js';
import { lockOpenDraft } from './edit-import-draft.service.js';
import { ImportDraft } from './import-draft.entity.js';
import { ImportQueriesService } from './import-queries.service.js';
import { ImportError, importNotFound } from './imports.errors.js';

const resolved = (ref: DraftPerson | DraftOrganization | null): boolean =>
  ref !== null && (('personId' in ref ? ref.personId : ref.organizationId) !== null || ref.proposal !== null);

/** What the draft still lacks to become a meeting, each pointing into the draft. */
export function unresolvedProblems(content: DraftContent): FieldError[] {
  const errors: FieldError[] = [];
  const need = (field: string, ok: boolean, message: string): void => {
    if (!ok) errors.push({ field, message });
  };
  need('meeting.title', content.meeting.title !== null, 'the meeting needs a title');
  need('meeting.startsAt', content.meeting.startsAt !== null, 'the meeting needs its date and time');
  if (content.meeting.organizer)
    need('meeting.organizer', resolved(content.meeting.organizer), 'choose the organizer, or propose one to create');
  content.attendees.forEach((a, i) => need(`attendees[${i}].person`, resolved(a.person), 'choose the person, or propose one to create'));
  content.speeches.forEach((s, i) => need(`speeches[${i}].speaker`, resolved(s.speaker), 'the speech needs a speaker'));
  content.directives.forEach((d, i) => {
    need(`directives[${i}].lead`, resolved(d.lead), 'the directive needs a lead agency (cơ quan chủ trì)');
    d.cooperating.forEach((c, j) => need(`directives[${i}].cooperating[${j}]`, resolved(c), 'choose the agency, or propose one to create'));
    if (d.owner) need(`directives[${i}].owner`, resolved(d.owner), 'choose the person, or propose one to create');
  });
  return errors;
}

const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/** Who the text named, as the reader read it; null for one added by hand. */
const mentionOf = (person: DraftPerson): string | null => {
  const named = person.mention?.fullName ?? person.mention?.position;
  return named ? fold(named) : null;
};

/**
 * Creates what the draft proposes, each once however often it is named (the
 * same agency leading three directives is one new organization), through the
 * directory's own audited write paths; answers the id for a reference.
 */
class Proposals {
  private readonly organizations = new Map<string, Promise<string>>();
  private readonly people = new Map<string, Promise<string>>();

  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    private readonly organizationWrites: OrganizationsService,
    private readonly peopleWrites: PeopleService,
  ) {}

  async organization(ref: DraftOrganization | null): Promise<string | null> {
    if (!ref) return null;
    if (ref.organizationId) return ref.organizationId;
    const proposal = ref.proposal!;
    const key = `${fold(proposal.name)}|${fold(proposal.shortName ?? '')}`;
    if (!this.organizations.has(key)) {
      this.organizations.set(
        key,
        this.organizationWrites.registerOrganizationIn(
          this.em,
          { name: proposal.name, shortName: proposal.shortName, kind: proposal.kind },
          this.actor,
        ),
      );
    }
    return this.organizations.get(key)!;
  }

  async person(ref: DraftPerson | null): Promise<string | null> {
    if (!ref) return null;
    if (ref.personId) return ref.personId;
    const proposal = ref.proposal!;
    const key = `${fold(proposal.fullName)}|${fold(proposal.position ?? '')}`;
    if (!this.people.has(key)) {
      this.people.set(
        key,
        this.peopleWrites.registerPersonIn(this.em, { fullName: proposal.fullName, position: proposal.position }, this.actor),
      );
    }
    return this.people.get(key)!;
  }
}

@Injectable()
export class ConfirmImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly recorder: RecordMeetingService,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
    private readonly queries: ImportQueriesService,
  ) {}

  /**
   * Turns the draft into a meeting in one transaction: the proposed people
   * and agencies are created, the meeting is recorded exactly as POST
   * /meetings records one, and the draft is marked confirmed with the link to
   * it. Any failure (a short name already taken, a chosen record deleted
   * meanwhile) rolls all of it back.
   */
  async confirmImport(id: string, expectedVersion: number, actor: Actor): Promise<ImportDraftResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      const draft = await lockOpenDraft(em, id);
      if (draft.version !== expectedVersion) throw versionMismatch(draft.version);
      const content = draft.content;
      const unresolved = unresolvedProblems(content);
      if (unresolved.length > 0) {
        throw new DomainError(ImportError.Unresolved, 'The draft is not complete enough to record: see the fields named.', unresolved);
      }
      await draftReferences(content).verify(em);
      // One at a time: the embedded database serves one statement at a time on its one connection.
      const proposals = new Proposals(em, actor, this.organizations, this.people);
      const organizerId = await proposals.organization(content.meeting.organizer);
      const attendees = [];
      const byAttendee = new Map<string, string>();
      const byMention = new Map<string, string>();
      for (const a of content.attendees) {
        const personId = (await proposals.person(a.person))!;
        attendees.push({ personId, role: a.role, attended: a.attended });
        byAttendee.set(a.key, personId);
        const mention = mentionOf(a.person);
        if (mention && !byMention.has(mention)) byMention.set(mention, personId);
      }
      const speeches = [];
      for (const s of content.speeches) {
        // The speaker of an attendee's speech is that attendee; a speaker left to be created whom the text named as an attendee is that attendee too: one mention, one person.
        const linked = s.speakerAttendeeKey ? byAttendee.get(s.speakerAttendeeKey) : undefined;
        const mention = s.speaker && !s.speaker.personId ? mentionOf(s.speaker) : null;
        const speakerId = linked ?? (mention ? byMention.get(mention) : undefined) ?? (await proposals.person(s.speaker))!;
        speeches.push({ speakerId, kind: s.kind, title: s.title, text: s.text });
      }
      const chairId = attendees.find((a) => a.role === 'chair')?.personId ?? null;
      const directives = [];
      for (const d of content.directives) {
        const leadOrganizationId = (await proposals.organization(d.lead))!;
        const cooperating: string[] = [];
        for (const c of d.cooperating) cooperating.push((await proposals.organization(c))!);
        directives.push({
          title: d.title,
          description: d.description,
          leadOrganizationId,
          // The reader may name the lead among the cooperating agencies, or one agency twice: a directive has each once.
          cooperatingOrganizationIds: [...new Set(cooperating)].filter((c) => c !== leadOrganizationId),
          ownerId: await proposals.person(d.owner),
          priority: d.priority ?? 'normal',
          issuedById: (d.sourceSpeechIndex === null ? null : speeches[d.sourceSpeechIndex]?.speakerId) ?? chairId,
          dueDate: d.dueDate,
          sourceSpeechIndex: d.sourceSpeechIndex,
        });
      }
      const meeting: CreateMeetingDto = {
        title: content.meeting.title!,
        kind: content.meeting.kind,
        startsAt: content.meeting.startsAt!,
        endsAt: content.meeting.endsAt,
        location: content.meeting.location,
        organizerId,
        chairId,
        summary: content.meeting.summary,
        sourceUrl: draft.sourceUrl,
        attendees,
        speeches,
        directives,
      };
      const recorded = await this.recorder.recordMeetingIn(em, meeting, actor);
      await this.writes.update(em, actor, {
        entity: ImportDraft,
        id,
        set: { status: 'confirmed', meetingId: recorded.id },
        expectedVersion,
        notFound: () => importNotFound(id),
        action: 'import.confirm',
      });
      return this.queries.getDraft(id, em);
    });
  }
}
