import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { DateOnlyField, EnumField, IntField, TextField, UuidArrayField, UuidField } from '../../common/validation/fields.js';
import { MAX_SPEECHES_PER_MEETING } from '../../meetings/meeting-enums.js';
import { DIRECTIVE_PRIORITIES, type DirectivePriority } from '../directive-enums.js';

export const MAX_COOPERATING_ORGANIZATIONS = 50;

/** The fields of a directive common to every way of issuing one. */
export class DirectiveFieldsDto {
  @TextField({ max: 1000, example: 'Di chuyển các hộ dân ra khỏi mặt bằng Khu công nghiệp Tằng Loỏng' })
  title!: string;

  @TextField({ max: 20_000, optional: true, nullable: true })
  description?: string | null;

  @UuidField({ description: 'Cơ quan chủ trì: the one agency answerable for the directive.' })
  leadOrganizationId!: string;

  @UuidArrayField({
    optional: true,
    maxSize: MAX_COOPERATING_ORGANIZATIONS,
    description: 'Cơ quan phối hợp: distinct, and never the lead agency.',
  })
  cooperatingOrganizationIds?: string[];

  @UuidField({ optional: true, nullable: true, description: 'The person who answers for the directive day to day.' })
  ownerId?: string | null;

  @UuidField({ optional: true, nullable: true, description: 'The leader who gave the directive.' })
  issuedById?: string | null;

  @DateOnlyField({ optional: true, nullable: true, description: 'Deadline (YYYY-MM-DD); absent or null means no deadline.' })
  dueDate?: string | null;

  @EnumField(DIRECTIVE_PRIORITIES, { optional: true, description: 'normal when absent.' })
  priority?: DirectivePriority;
}

/** A directive issued into an existing meeting. */
export class IssueDirectiveDto extends DirectiveFieldsDto {
  @UuidField({ optional: true, nullable: true, description: 'The speech (of the same meeting) the directive was given in.' })
  sourceSpeechId?: string | null;
}

/** A directive recorded together with its meeting: its speech is named by index. */
export class MeetingDirectiveInputDto extends DirectiveFieldsDto {
  @IntField({
    nullable: true,
    min: 0,
    max: MAX_SPEECHES_PER_MEETING - 1,
    description: "0-based index into this request's `speeches` array: the speech the directive was given in.",
  })
  sourceSpeechIndex?: number | null;
}

export class UpdateDirectiveDto extends PartialType(IssueDirectiveDto, { skipNullProperties: false }) {
  // The whole schema again: a partial @ApiProperty here would wrap the inherited array in another array.
  @ApiPropertyOptional({
    description: 'Cơ quan phối hợp: replaces the whole set; distinct, and never the lead agency.',
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    maxItems: MAX_COOPERATING_ORGANIZATIONS,
  })
  override cooperatingOrganizationIds?: string[];
}
