import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, MaxLength, ValidateIf } from 'class-validator';
import { TextField } from '../../common/validation/fields.js';
import { IntQueryField } from '../../common/validation/fields.js';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from '../search-query.js';
import { SEARCH_KINDS, type SearchKind } from '../search-kinds.js';

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 50;

/** `types=meeting,speech`: a comma-separated list in the query string, each a known kind, each once. */
function KindListField(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_, value: unknown) => value !== undefined),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()) : value)),
    IsArray({ message: 'types must be a comma-separated list' }),
    ArrayMinSize(1),
    ArrayMaxSize(SEARCH_KINDS.length),
    ArrayUnique({ message: 'types must not name a type twice' }),
    IsIn(SEARCH_KINDS, { each: true, message: `types must be some of: ${SEARCH_KINDS.join(', ')}` }),
    ApiProperty({
      required: false,
      type: String,
      description: `Comma-separated, some of: ${SEARCH_KINDS.join(', ')}. Every type the caller may read when absent.`,
      example: 'meeting,directive',
    }),
  );
}

export class SearchQueryDto {
  @TextField({
    max: MAX_QUERY_LENGTH * 4,
    description:
      `What to find, at most ${MAX_QUERY_LENGTH} characters and ${MAX_QUERY_WORDS} words. Case and diacritics are ignored ("tang loong", "TẰNG LỎONG" and ` +
      '"Tằng Loỏng" are the same words; đ is d); "…" makes a phrase; the last word also matches as a prefix. ' +
      'Punctuation, `%`, `_` and `\\` only separate words.',
    example: 'tang loong',
  })
  q!: string;

  @KindListField()
  types?: SearchKind[];

  @IntQueryField({ optional: true, min: 1, max: MAX_SEARCH_LIMIT, description: `Page size, ${DEFAULT_SEARCH_LIMIT} when absent.` })
  limit?: number;

  @ValidateIf((_, value: unknown) => value !== undefined)
  @IsString()
  @MaxLength(500)
  @ApiProperty({ required: false, description: 'The `nextCursor` of the previous page of the same search.' })
  cursor?: string;
}

export class HighlightDto {
  @ApiProperty({ description: 'First UTF-16 code unit of the match (a JavaScript string index).' }) start!: number;
  @ApiProperty({ description: 'One past its last UTF-16 code unit: the match is `text.slice(start, end)`.' }) end!: number;
}

export class SnippetDto {
  @ApiProperty({ description: 'Plain text as recorded, with its diacritics: never HTML.' }) text!: string;
  @ApiProperty({ type: HighlightDto, isArray: true, description: 'Where the searched words are, in order, not overlapping.' })
  highlights!: HighlightDto[];
}

export class SearchParentDto {
  @ApiProperty({ enum: SEARCH_KINDS }) type!: SearchKind;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

export class SearchHitDto {
  @ApiProperty({ enum: SEARCH_KINDS }) type!: SearchKind;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The title, name or heading, as recorded.' }) title!: string;
  @ApiProperty({ type: HighlightDto, isArray: true, description: 'The searched words in `title`.' }) titleHighlights!: HighlightDto[];
  @ApiProperty({
    type: SnippetDto,
    description: 'A part of the text where the searched words stand closest together (the title itself when only it matched).',
  })
  snippet!: SnippetDto;
  @ApiProperty({
    type: SearchParentDto,
    nullable: true,
    description: "A speech's and a directive's meeting, a progress report's directive, a person's or an organization's organization.",
  })
  parent!: SearchParentDto | null;
  @ApiProperty({ description: 'Every searched word, written with the same diacritics (exact-diacritic matches come first).' })
  exact!: boolean;
}

export class SearchPageDto {
  @ApiProperty({ type: SearchHitDto, isArray: true }) items!: SearchHitDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({
    description:
      'True when so many records match that only the first candidates found were ranked (see the README): add a word, or use a phrase.',
  })
  approximate!: boolean;
}
