import { type ArgumentMetadata, Injectable, ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldError } from '../errors/domain-error.js';
import { CommonError } from '../errors/common-errors.js';
import { pathsWithControlCharacters } from './control-characters.js';
import { normalizeNfc } from './normalize-text.js';

function fieldPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/** Constraints on what a value is; when one fails, the rules about its size or range say nothing useful. */
const TYPE_CONSTRAINTS = new Set(['isString', 'isInt', 'isNumber', 'isBoolean', 'isArray', 'isUuid', 'isObject']);

/**
 * The messages worth showing for one field: "is required" alone when it is
 * missing, its type alone when it is of the wrong type (not also "must not
 * be less than 0" for the text "50"), every broken rule otherwise.
 */
function messagesOf(constraints: Record<string, string>): string[] {
  if (constraints.isDefined) return [constraints.isDefined];
  const types = Object.entries(constraints).filter(([name]) => TYPE_CONSTRAINTS.has(name));
  return (types.length > 0 ? types : Object.entries(constraints)).map(([, message]) => message);
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = fieldPath(parent, error.property);
    const own = messagesOf(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(error.property, field),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * The global pipe: NFC-normalizes every incoming string, then validates strictly.
 * No implicit conversion (it turns the string 'false' into true); unknown fields
 * are errors, not silently dropped.
 */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      stopAtFirstError: false,
      exceptionFactory: (errors: ValidationError[]) =>
        new DomainError(CommonError.ValidationFailed, 'The request has invalid fields.', flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value))) {
      if (metadata.metatype && metadata.metatype !== Object) {
        throw new DomainError(CommonError.ValidationFailed, 'The request body must be a JSON object.');
      }
    }
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param')
      refuseControlCharacters(value, metadata.data ?? '');
    return super.transform(normalizeNfc(value), metadata);
  }
}

/** NUL and its kin never reach a validator, a log line or PostgreSQL (which refuses NUL with an error). */
function refuseControlCharacters(value: unknown, root: string): void {
  const fields = pathsWithControlCharacters(value, root);
  if (fields.length === 0) return;
  throw new DomainError(
    CommonError.ValidationFailed,
    'The request has invalid fields.',
    fields.map((field) => ({
      field,
      message: `${field || 'the value'} must not contain control characters (tab, line feed and carriage return are the only ones allowed)`,
    })),
  );
}
