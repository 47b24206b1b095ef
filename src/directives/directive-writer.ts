import { insertRows } from '../database/insert-row.js';
import type { EntityManager } from 'typeorm';
import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import type { ReferenceCheck } from '../organizations/references.js';
import { Speech } from '../meetings/speech.entity.js';
import { DirectiveCooperation } from './directive-cooperation.entity.js';
import { Directive } from './directive.entity.js';
import { DirectiveError } from './directives.errors.js';
import type { DirectiveFieldsDto } from './dto/directive-input.dto.js';

/** A directive ready to be written: its source speech already resolved to an id. */
export interface NewDirective extends DirectiveFieldsDto {
  sourceSpeechId: string | null;
}

/** `prefix` locates the directive in the request, e.g. `directives[4].`, for error messages. */
export function leadAlsoCooperating(leadId: string, cooperatingIds: readonly string[] | undefined, prefix: string): FieldError[] {
  return cooperatingIds?.includes(leadId)
    ? [{ field: `${prefix}cooperatingOrganizationIds`, message: 'the lead agency cannot also be a cooperating agency' }]
    : [];
}

export function throwIfLeadAlsoCooperating(errors: FieldError[]): void {
  if (errors.length > 0) {
    throw new DomainError(
      DirectiveError.LeadAlsoCooperating,
      'A directive has exactly one lead agency, which is not among its cooperating agencies.',
      errors,
    );
  }
}

export function addDirectiveReferences(check: ReferenceCheck, input: Partial<DirectiveFieldsDto>, prefix: string): void {
  check.organization(`${prefix}leadOrganizationId`, input.leadOrganizationId);
  input.cooperatingOrganizationIds?.forEach((id, index) => check.organization(`${prefix}cooperatingOrganizationIds[${index}]`, id));
  check.person(`${prefix}ownerId`, input.ownerId);
  check.person(`${prefix}issuedById`, input.issuedById);
}

/** Refuses a source speech that is not one of the meeting's own. */
export async function assertSpeechOfMeeting(em: EntityManager, speechId: string, meetingId: string, field: string): Promise<void> {
  const speech = await em.getRepository(Speech).findOne({ select: { id: true, meetingId: true }, where: { id: speechId } });
  if (!speech || speech.meetingId !== meetingId) {
    throw new DomainError(DirectiveError.SourceSpeechElsewhere, 'The source speech must be a speech of the same meeting.', [
      { field, message: speech ? 'this speech belongs to another meeting' : `no speech has the id ${speechId}` },
    ]);
  }
}

/** Inserts directives (numbered from `firstOrdinal`) and their cooperating agencies; returns their ids in order. */
export async function insertDirectives(
  em: EntityManager,
  meetingId: string,
  firstOrdinal: number,
  inputs: NewDirective[],
): Promise<string[]> {
  if (inputs.length === 0) return [];
  const ids = await insertRows(
    em,
    Directive,
    inputs.map((input, index) => ({
      meetingId,
      ordinal: firstOrdinal + index,
      title: input.title,
      description: input.description ?? null,
      leadOrganizationId: input.leadOrganizationId,
      ownerId: input.ownerId ?? null,
      issuedById: input.issuedById ?? null,
      sourceSpeechId: input.sourceSpeechId,
      dueDate: input.dueDate ?? null,
      originalDueDate: input.dueDate ?? null,
      priority: input.priority ?? 'normal',
      status: 'assigned' as const,
    })),
  );
  const cooperations = inputs.flatMap((input, index) =>
    (input.cooperatingOrganizationIds ?? []).map((organizationId) => ({ directiveId: ids[index]!, organizationId })),
  );
  if (cooperations.length > 0) await em.getRepository(DirectiveCooperation).insert(cooperations);
  return ids;
}

/** Makes the cooperating agencies of a directive exactly `organizationIds`, touching only what changes. */
export async function replaceCooperations(em: EntityManager, directiveId: string, organizationIds: readonly string[]): Promise<void> {
  await em
    .createQueryBuilder()
    .delete()
    .from(DirectiveCooperation)
    .where('directive_id = :directiveId', { directiveId })
    .andWhere(organizationIds.length > 0 ? 'organization_id NOT IN (:...organizationIds)' : 'TRUE', { organizationIds })
    .execute();
  if (organizationIds.length > 0) {
    await em
      .createQueryBuilder()
      .insert()
      .into(DirectiveCooperation)
      .values(organizationIds.map((organizationId) => ({ directiveId, organizationId })))
      .orIgnore()
      .execute();
  }
}
