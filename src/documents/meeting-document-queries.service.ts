import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { directiveScope } from '../access/directive-scope.js';
import type { Actor } from '../common/actor.js';
import { compareVietnamese } from '../common/text/vietnamese-order.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ATTENDEE_ROLES } from '../meetings/meeting-enums.js';
import { MeetingQueriesService } from '../minutes/meeting-queries.service.js';
import type { MeetingResponseDto } from '../minutes/dto/meeting.dto.js';
import { Organization } from '../organizations/organization.entity.js';
import type { MeetingDocumentModel } from './meeting-document.model.js';
import { wallClockAt } from './vietnamese-dates.js';

/**
 * Reads what the documents of a meeting say, for one viewer. The meeting is
 * read as GET /meetings/{id} reads it for that viewer, so a department's user
 * gets the conclusions their agency leads or cooperates on and no other (the
 * document then says it is an extract for that agency); leaders, the
 * secretariat and administrators get them all.
 */
@Injectable()
export class MeetingDocumentQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingQueriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async modelOf(meetingId: string, viewer: Actor): Promise<MeetingDocumentModel> {
    // One snapshot: the meeting, its organizer's parent and the viewer's agency as of the same moment.
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const meeting = await this.meetings.getMeeting(meetingId, viewer, em);
      const organizations = em.getRepository(Organization);
      const organizer = meeting.organizer
        ? await organizations.findOne({ where: { id: meeting.organizer.id }, relations: { parent: true } })
        : null;
      const scope = directiveScope(viewer);
      const agency = scope ? await organizations.findOneBy({ id: scope }) : null;
      return this.toModel(meeting, organizer?.parent?.name ?? null, agency?.name ?? null);
    });
  }

  private toModel(meeting: MeetingResponseDto, parentName: string | null, extractFor: string | null): MeetingDocumentModel {
    const zone = this.config.timeZone;
    const person = (p: { fullName: string; position: string | null }) => ({ fullName: p.fullName, position: p.position });
    return {
      title: meeting.title,
      kind: meeting.kind,
      startsAt: wallClockAt(new Date(meeting.startsAt), zone),
      endsAt: meeting.endsAt ? wallClockAt(new Date(meeting.endsAt), zone) : null,
      location: meeting.location,
      issuer: { name: meeting.organizer?.name ?? null, shortName: meeting.organizer?.shortName ?? null, parentName },
      place: this.config.documents.place,
      chair: meeting.chair ? person(meeting.chair) : null,
      secretaries: meeting.attendees.filter((a) => a.role === 'secretary').map((a) => person(a.person)),
      attendees: meeting.attendees
        .filter((a) => a.role !== 'chair' && a.role !== 'secretary' && a.person.id !== meeting.chair?.id)
        .sort(
          (a, b) =>
            ATTENDEE_ROLES.indexOf(a.role) - ATTENDEE_ROLES.indexOf(b.role) || compareVietnamese(a.person.fullName, b.person.fullName),
        )
        .map((a) => ({
          person: person(a.person),
          role: a.role as MeetingDocumentModel['attendees'][number]['role'],
          attended: a.attended,
        })),
      speeches: meeting.speeches.map((s) => ({ speaker: person(s.speaker), kind: s.kind, title: s.title, summary: s.summary ?? s.text })),
      conclusions: meeting.directives.map((d) => ({
        ordinal: d.ordinal,
        title: d.title,
        description: d.description,
        lead: d.leadOrganization.name,
        cooperating: d.cooperatingOrganizations.map((o) => o.name),
        dueDate: d.dueDate,
      })),
      extractFor,
    };
  }
}
