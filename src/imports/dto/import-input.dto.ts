import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination.js';
import { DIRECTIVE_PRIORITIES, type DirectivePriority } from '../../directives/directive-enums.js';
import {
  BooleanField,
  DateOnlyField,
  EnumField,
  InstantField,
  IntField,
  NestedArrayField,
  TextField,
  UrlField,
  UuidField,
} from '../../common/validation/fields.js';
import {
  ATTENDEE_ROLES,
  MEETING_KINDS,
  SPEECH_KINDS,
  type AttendeeRole,
  type MeetingKind,
  type SpeechKind,
} from '../../meetings/meeting-enums.js';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../organizations/organization-kind.js';
import { DRAFT_LIMITS } from '../draft-limits.js';
import { IMPORT_STATUSES, type ImportStatus } from '../import-status.js';

/** One nested object, validated as its class (never `@IsObject()` alone, which accepts anything). */
function NestedField(type: () => new () => object, options: { optional?: boolean; nullable?: boolean; description?: string } = {}) {
  return applyDecorators(
    options.nullable
      ? ValidateIf((_, value: unknown) => value !== undefined && value !== null)
      : options.optional
        ? ValidateIf((_, value: unknown) => value !== undefined)
        : IsDefined({ message: '$property is required' }),
    // Not @IsObject(), which takes arrays too: one object, which ValidateNested then checks as its class.
    ValidateBy({
      name: 'isSingleObject',
      validator: {
        validate: (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value),
        defaultMessage: () => '$property must be an object',
      },
    }),
    ValidateNested(),
    Type(type),
    ApiProperty({
      type: () => type(),
      required: !(options.optional || options.nullable),
      nullable: options.nullable ?? false,
      description: options.description,
    }),
  );
}

export class CreateImportDto {
  @TextField({
    // The real limit (DRAFT_LIMITS.text) answers 413, not 400: this one only stops absurd strings before they are walked.
    max: 2 * DRAFT_LIMITS.text,
    description: `The meeting's text: a news article, a conclusion notice (thông báo kết luận) or minutes. At most ${DRAFT_LIMITS.text} characters (413 beyond).`,
  })
  text!: string;

  @UrlField({ max: 2000, optional: true, nullable: true, description: 'Where the text was published.' })
  sourceUrl?: string | null;

  @DateOnlyField({ optional: true, nullable: true, description: 'When it was published: the year of a date written without one.' })
  publishedOn?: string | null;
}

export class PersonProposalDto {
  @TextField({ max: DRAFT_LIMITS.personName, example: 'Vũ Xuân Cường' })
  fullName!: string;

  @TextField({ max: DRAFT_LIMITS.position, optional: true, nullable: true, example: 'Phó Bí thư Thường trực Tỉnh ủy' })
  position?: string | null;
}

export class DraftPersonInputDto {
  @UuidField({ optional: true, nullable: true, description: 'An existing person; wins over `proposal`.' })
  personId?: string | null;

  @NestedField(() => PersonProposalDto, { nullable: true, description: 'A person to create on confirmation, when `personId` is null.' })
  proposal?: PersonProposalDto | null;
}

export class OrganizationProposalDto {
  @TextField({ max: DRAFT_LIMITS.organizationName, example: 'Ban Quản lý Khu kinh tế tỉnh' })
  name!: string;

  @TextField({ max: DRAFT_LIMITS.shortName, optional: true, nullable: true, description: 'Unique, ignoring case.' })
  shortName?: string | null;

  @EnumField(ORGANIZATION_KINDS)
  kind!: OrganizationKind;
}

export class DraftOrganizationInputDto {
  @UuidField({ optional: true, nullable: true, description: 'An existing organization; wins over `proposal`.' })
  organizationId?: string | null;

  @NestedField(() => OrganizationProposalDto, { nullable: true, description: 'An organization to create on confirmation.' })
  proposal?: OrganizationProposalDto | null;
}

export class MeetingDraftInputDto {
  @TextField({ max: DRAFT_LIMITS.title, optional: true, nullable: true })
  title?: string | null;

  @EnumField(MEETING_KINDS, { optional: true, nullable: true })
  kind?: MeetingKind | null;

  @InstantField({ optional: true, nullable: true })
  startsAt?: string | null;

  @InstantField({ optional: true, nullable: true })
  endsAt?: string | null;

  @TextField({ max: DRAFT_LIMITS.location, optional: true, nullable: true })
  location?: string | null;

  @NestedField(() => DraftOrganizationInputDto, { nullable: true })
  organizer?: DraftOrganizationInputDto | null;

  @TextField({ max: DRAFT_LIMITS.summary, optional: true, nullable: true })
  summary?: string | null;
}

const KEY =
  'The `key` of the item as the draft gave it: its span, confidence and candidates stay with it. Absent for an item added by hand.';

export class AttendeeDraftInputDto {
  @UuidField({ optional: true, description: KEY })
  key?: string;

  @NestedField(() => DraftPersonInputDto)
  person!: DraftPersonInputDto;

  @EnumField(ATTENDEE_ROLES)
  role!: AttendeeRole;

  @BooleanField({ optional: true, description: 'true when absent.' })
  attended?: boolean;
}

export class SpeechDraftInputDto {
  @UuidField({ optional: true, description: KEY })
  key?: string;

  @NestedField(() => DraftPersonInputDto, { nullable: true, description: 'Who spoke; required to confirm.' })
  speaker?: DraftPersonInputDto | null;

  @UuidField({
    optional: true,
    nullable: true,
    description:
      'The `key` of the attendee who spoke: the speaker is then that attendee’s person, and follows it when the attendee is corrected. null: the speaker is chosen on its own. Absent: the link stays while `speaker` is unchanged.',
  })
  speakerAttendeeKey?: string | null;

  @EnumField(SPEECH_KINDS)
  kind!: SpeechKind;

  @TextField({ max: DRAFT_LIMITS.speechTitle, optional: true, nullable: true })
  title?: string | null;

  @TextField({ max: DRAFT_LIMITS.speechText, optional: true, nullable: true })
  text?: string | null;
}

export class DirectiveDraftInputDto {
  @UuidField({ optional: true, description: KEY })
  key?: string;

  @TextField({ max: DRAFT_LIMITS.directiveTitle })
  title!: string;

  @TextField({ max: DRAFT_LIMITS.directiveDescription, optional: true, nullable: true })
  description?: string | null;

  @NestedField(() => DraftOrganizationInputDto, { nullable: true, description: 'Cơ quan chủ trì; required to confirm.' })
  lead?: DraftOrganizationInputDto | null;

  @NestedArrayField(() => DraftOrganizationInputDto, {
    optional: true,
    maxSize: DRAFT_LIMITS.cooperating,
    description: 'Cơ quan phối hợp.',
  })
  cooperating?: DraftOrganizationInputDto[];

  @NestedField(() => DraftPersonInputDto, { nullable: true, description: 'Who answers for it day to day.' })
  owner?: DraftPersonInputDto | null;

  @EnumField(DIRECTIVE_PRIORITIES, { optional: true, description: 'Unchanged when absent (normal for a new one).' })
  priority?: DirectivePriority;

  @DateOnlyField({ optional: true, nullable: true })
  dueDate?: string | null;

  @IntField({
    optional: true,
    nullable: true,
    min: 0,
    max: DRAFT_LIMITS.speeches - 1,
    description: "0-based index into the draft's speeches.",
  })
  sourceSpeechIndex?: number | null;
}

/**
 * An edit of a draft. `meeting` changes the fields it names; each array given
 * replaces the draft's whole list, in its order (leave an item out to remove it).
 */
export class UpdateImportDto {
  @NestedField(() => MeetingDraftInputDto, { optional: true })
  meeting?: MeetingDraftInputDto;

  @NestedArrayField(() => AttendeeDraftInputDto, { optional: true, maxSize: DRAFT_LIMITS.attendees })
  attendees?: AttendeeDraftInputDto[];

  @NestedArrayField(() => SpeechDraftInputDto, { optional: true, maxSize: DRAFT_LIMITS.speeches, description: 'In order of speaking.' })
  speeches?: SpeechDraftInputDto[];

  @NestedArrayField(() => DirectiveDraftInputDto, { optional: true, maxSize: DRAFT_LIMITS.directives })
  directives?: DirectiveDraftInputDto[];
}

export class ListImportsQueryDto extends PageQueryDto {
  @EnumField(IMPORT_STATUSES, { optional: true })
  status?: ImportStatus;
}

/** The multipart form of POST /imports, for the OpenAPI document. */
export class ImportUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'A .docx or .txt (UTF-8) file.' })
  file!: unknown;

  @ApiProperty({ required: false, type: String, description: 'Where the text was published (http or https).' })
  sourceUrl?: string;

  @ApiProperty({ required: false, type: String, format: 'date', description: 'YYYY-MM-DD.' })
  publishedOn?: string;
}
