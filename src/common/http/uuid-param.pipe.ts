import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error.js';
import { CommonError } from '../errors/common-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path ids must be UUIDs; anything else is answered before it reaches the database. */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) {
      throw new DomainError(CommonError.ValidationFailed, 'The id in the path is not a UUID.', [
        { field: 'id', message: 'id must be a UUID' },
      ]);
    }
    return value.toLowerCase();
  }
}
