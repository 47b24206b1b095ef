import { ApiProperty, PartialType } from '@nestjs/swagger';
import { EnumField, IntField, TextField, UuidField } from '../../common/validation/fields.js';
import { MAX_SPEECHES_PER_MEETING, SPEECH_KINDS, type SpeechKind } from '../meeting-enums.js';
import { PersonRefDto, toPersonRef } from '../../organizations/dto/person.dto.js';

import type { Person } from '../../organizations/person.entity.js';
import type { Speech } from '../speech.entity.js';

export const MAX_SPEECH_TEXT = 200_000;

export class SpeechInputDto {
  @UuidField()
  speakerId!: string;

  @EnumField(SPEECH_KINDS)
  kind!: SpeechKind;

  @TextField({ max: 500, optional: true, nullable: true })
  title?: string | null;

  @TextField({ max: 20_000, optional: true, nullable: true })
  summary?: string | null;

  @TextField({ max: MAX_SPEECH_TEXT, optional: true, nullable: true, description: 'The full text, when there is one.' })
  text?: string | null;
}

export class AddSpeechDto extends SpeechInputDto {
  @IntField({
    optional: true,
    min: 1,
    max: MAX_SPEECHES_PER_MEETING,
    description: 'Insert at this 1-based position and move later speeches down; appended when absent.',
  })
  position?: number;
}

export class UpdateSpeechDto extends PartialType(AddSpeechDto, { skipNullProperties: false }) {
  @ApiProperty({ description: 'Move the speech to this 1-based position; the speeches in between move by one.' })
  override position?: number;
}

export class SpeechResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: '1-based order of speaking, gap-free.' }) position!: number;
  @ApiProperty({ type: PersonRefDto }) speaker!: PersonRefDto;
  @ApiProperty({ enum: SPEECH_KINDS }) kind!: SpeechKind;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: String, nullable: true }) text!: string | null;
  @ApiProperty() version!: number;
}

export function toSpeechResponse(
  speech: Pick<Speech, 'id' | 'position' | 'kind' | 'title' | 'summary' | 'text' | 'version'> & {
    speaker: Pick<Person, 'id' | 'fullName' | 'position'>;
  },
): SpeechResponseDto {
  return {
    id: speech.id,
    position: speech.position,
    speaker: toPersonRef(speech.speaker),
    kind: speech.kind,
    title: speech.title,
    summary: speech.summary,
    text: speech.text,
    version: speech.version,
  };
}
