import { randomUUID } from 'node:crypto';
import type { Actor } from '../../src/common/actor.js';
import type { CreateMeetingDto, MeetingResponseDto } from '../../src/minutes/dto/meeting.dto.js';
import { RecordMeetingService } from '../../src/minutes/record-meeting.service.js';
import { OrganizationsService } from '../../src/organizations/organizations.service.js';
import { PeopleService } from '../../src/organizations/people.service.js';
import type { Medium } from './medium.js';

/**
 * Records that medium tests start from, made through the services (one public
 * call each, so a renamed method is a one-line change here).
 */
export async function organization(m: Medium, actor: Actor, name = `Sở ${randomUUID().slice(0, 8)}`): Promise<string> {
  return (await m.get(OrganizationsService).registerOrganization({ name, kind: 'department' }, actor)).id;
}

export async function person(m: Medium, actor: Actor, organizationId: string | null = null): Promise<string> {
  return (await m.get(PeopleService).registerPerson({ fullName: `Nguyễn Văn ${randomUUID().slice(0, 8)}`, organizationId }, actor)).id;
}

export async function meeting(m: Medium, actor: Actor, input: Partial<CreateMeetingDto> = {}): Promise<MeetingResponseDto> {
  return m.get(RecordMeetingService).recordMeeting({ title: 'Họp giao ban', startsAt: '2024-03-12T08:00:00+07:00', ...input }, actor);
}

/** The audit entries of one record, oldest first. */
export function auditOf(m: Medium, entityId: string): Promise<{ action: string; actor_username: string; before: any; after: any }[]> {
  return m.sql('SELECT action, actor_username, before, after FROM audit_entry WHERE entity_id = $1 ORDER BY seq', [entityId]);
}
