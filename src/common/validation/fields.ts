import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { isDateOnly, isInstantWithOffset } from './date-only.js';
import { hasBidiControl, hasVisibleCharacter } from './visible-text.js';

/**
 * Composite decorators: validation and the OpenAPI description of a field come
 * from one line, so the two can never disagree.
 *
 * `optional` accepts an absent field; `nullable` also accepts null (on updates,
 * null clears a value). A field that is neither must be present and non-null.
 */
interface Presence {
  optional?: boolean;
  nullable?: boolean;
  description?: string;
  example?: unknown;
}

function presence({ optional, nullable }: Presence): PropertyDecorator[] {
  if (nullable) return [ValidateIf((_, value: unknown) => value !== undefined && value !== null)];
  if (optional) return [ValidateIf((_, value: unknown) => value !== undefined)];
  return [IsDefined({ message: '$property is required' })];
}

function api(options: Presence, extra: Record<string, unknown>): PropertyDecorator {
  return ApiProperty({
    required: !(options.optional || options.nullable),
    nullable: options.nullable ?? false,
    description: options.description,
    example: options.example,
    ...extra,
  });
}

export function TextField(options: Presence & { max: number; min?: number }): PropertyDecorator {
  return applyDecorators(
    ...presence(options),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    ValidateBy({
      name: 'hasVisibleCharacter',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || hasVisibleCharacter(value),
        defaultMessage: () => '$property must not be blank (invisible characters alone do not count)',
      },
    }),
    ValidateBy({
      name: 'hasNoBidiControl',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasBidiControl(value),
        defaultMessage: () => '$property must not contain bidirectional override or isolate characters (U+202A–U+202E, U+2066–U+2069)',
      },
    }),
    MaxLength(options.max),
    api(options, { type: String, maxLength: options.max, minLength: 1 }),
  );
}

export function UuidField(options: Presence = {}): PropertyDecorator {
  return applyDecorators(...presence(options), IsUUID('all'), api(options, { type: String, format: 'uuid' }));
}

export function UuidArrayField(options: Presence & { maxSize: number }): PropertyDecorator {
  return applyDecorators(
    ...presence(options),
    IsArray(),
    ArrayMaxSize(options.maxSize),
    ArrayUnique({ message: '$property must not list the same id twice' }),
    IsUUID('all', { each: true }),
    api(options, { type: String, format: 'uuid', isArray: true, maxItems: options.maxSize }),
  );
}

export function EnumField(values: readonly string[], options: Presence = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options),
    IsIn(values, { message: `$property must be one of: ${values.join(', ')}` }),
    api(options, { enum: values, type: String }),
  );
}

export function DateOnlyField(options: Presence = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options),
    ValidateBy({
      name: 'isDateOnly',
      validator: {
        validate: (value: unknown) => isDateOnly(value),
        defaultMessage: () => '$property must be a real calendar date written YYYY-MM-DD',
      },
    }),
    api(options, { type: String, format: 'date', example: options.example ?? '2024-06-30' }),
  );
}

export function InstantField(options: Presence = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options),
    ValidateBy({
      name: 'isInstantWithOffset',
      validator: {
        validate: (value: unknown) => isInstantWithOffset(value),
        defaultMessage: () => '$property must be an ISO 8601 date and time with an offset, e.g. 2024-03-12T08:00:00+07:00',
      },
    }),
    api(options, { type: String, format: 'date-time', example: options.example ?? '2024-03-12T08:00:00+07:00' }),
  );
}

export function BooleanField(options: Presence = {}): PropertyDecorator {
  return applyDecorators(...presence(options), IsBoolean(), api(options, { type: Boolean }));
}

export function IntField(options: Presence & { min: number; max: number }): PropertyDecorator {
  return applyDecorators(
    ...presence(options),
    IsInt(),
    Min(options.min),
    Max(options.max),
    api(options, { type: Integer, minimum: options.min, maximum: options.max }),
  );
}

/** Query strings arrive as text: an integer query parameter is parsed here, strictly. */
export function IntQueryField(options: Presence & { min: number; max: number }): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)),
    IntField(options),
  );
}

export function UrlField(options: Presence & { max: number }): PropertyDecorator {
  return applyDecorators(
    ...presence(options),
    IsString(),
    MaxLength(options.max),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: '$property must be an http or https URL' }),
    api(options, { type: String, format: 'uri', maxLength: options.max }),
  );
}

export function NestedArrayField(type: () => new () => object, options: Presence & { maxSize: number }): PropertyDecorator {
  return applyDecorators(
    ...presence(options),
    IsArray(),
    ArrayMaxSize(options.maxSize),
    ValidateNested({ each: true }),
    Type(type),
    // @nestjs/swagger recognizes a lazy type only by the function's name being "type".
    api(options, { type: () => type(), isArray: true, maxItems: options.maxSize }),
  );
}

// OpenAPI's integer type, which `Number` alone would describe as a float.
const Integer = 'integer';
