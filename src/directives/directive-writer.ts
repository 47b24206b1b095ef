import type { EntityManager } from 'typeorm';
import { returnedSnapshot, type Snapshot, snapshotOf } from '../audit/snapshot-sql.js';
import { bulkInsert, insertBulk } from '../database/insert-row.js';
import type { Completion } from '../followup/completion.js';
import type { DirectivePriority, DirectiveStatus } from './directive-enums.js';
import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import type { ReferenceCheck } from '../organizations/references.js';
import { Speech } from '../meetings/speech.entity.js';
import { DirectiveCooperation } from './directive-cooperation.entity.js';
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

/** A directive as written: its columns as stored, and its audit snapshot (cooperating agencies included). */
export interface WrittenDirective {
  id: string;
  ordinal: number;
  title: string;
  description: string | null;
  due_date: string | null;
  original_due_date: string | null;
  priority: DirectivePriority;
  status: DirectiveStatus;
  submitted_at: Date | null;
  completed_at: Date | null;
  completion: Completion | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  lead_organization_id: string;
  owner_id: string | null;
  issued_by_id: string | null;
  source_speech_id: string | null;
  /** Cooperating agencies' ids as stored (lower case), in the order they were given. */
  cooperating_organization_ids: string[];
  snapshot: Snapshot;
}

const INSERT_DIRECTIVES = bulkInsert<Omit<WrittenDirective, 'cooperating_organization_ids'>>(
  'directive',
  {
    meetingId: ['meeting_id', 'uuid'],
    ordinal: ['ordinal', 'int'],
    title: ['title', 'text'],
    description: ['description', 'text'],
    leadOrganizationId: ['lead_organization_id', 'uuid'],
    ownerId: ['owner_id', 'uuid'],
    issuedById: ['issued_by_id', 'uuid'],
    sourceSpeechId: ['source_speech_id', 'uuid'],
    dueDate: ['due_date', 'date'],
    originalDueDate: ['original_due_date', 'date'],
    priority: ['priority', 'text'],
    status: ['status', 'text'],
  },
  `t.id, t.ordinal, t.title, t.description, t.due_date, t.original_due_date, t.priority, t.status, t.submitted_at, t.completed_at,
   t.completion, t.version, t.created_at, t.updated_at, t.lead_organization_id, t.owner_id, t.issued_by_id, t.source_speech_id,
   ${returnedSnapshot('t')} AS snapshot`,
);

const INSERT_COOPERATIONS = bulkInsert<{ directive_id: string; organization_id: string }>(
  'directive_cooperating_organization',
  { directiveId: ['directive_id', 'uuid'], organizationId: ['organization_id', 'uuid'] },
  't.directive_id, t.organization_id',
);

/**
 * Inserts directives (numbered from `firstOrdinal`) and their cooperating
 * agencies: one statement for the directives, one for the agencies, however
 * many. Answers them in order, each with the snapshot its audit entry shows
 * (as `AuditTrail.snapshots` would read it), so nothing is read back.
 */
export async function writeDirectives(
  em: EntityManager,
  meetingId: string,
  firstOrdinal: number,
  inputs: NewDirective[],
): Promise<WrittenDirective[]> {
  const written = await insertBulk(
    em,
    INSERT_DIRECTIVES,
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
      status: 'assigned',
    })),
  );
  const byOrdinal = new Map(written.map((row) => [row.ordinal, row]));
  const directives = inputs.map((_, index) => byOrdinal.get(firstOrdinal + index)!);
  const cooperations = await insertBulk(
    em,
    INSERT_COOPERATIONS,
    inputs.flatMap((input, index) =>
      (input.cooperatingOrganizationIds ?? []).map((organizationId) => ({ directiveId: directives[index]!.id, organizationId })),
    ),
  );
  const cooperating = new Map<string, string[]>(directives.map((d) => [d.id, []]));
  for (const c of cooperations) cooperating.get(c.directive_id)!.push(c.organization_id);
  return directives.map((directive) => {
    const ids = cooperating.get(directive.id)!;
    // The trail lists them in the database's order of uuids, which is that of their lower-case text.
    const snapshot = { ...snapshotOf(directive.snapshot), cooperatingOrganizationIds: [...ids].sort() };
    return { ...directive, cooperating_organization_ids: ids, snapshot };
  });
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
