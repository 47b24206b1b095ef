import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error.js';
import { CommonError } from '../errors/common-errors.js';

/**
 * A PATCH that names no field would still bump the version and write an empty
 * audit entry; it is refused instead. Runs after the global validation pipe.
 */
@Injectable()
export class NonEmptyPatch implements PipeTransform<object, object> {
  transform(body: object): object {
    if (Object.values(body).every((value) => value === undefined)) {
      throw new DomainError(CommonError.ValidationFailed, 'The request changes nothing: name at least one field to change.');
    }
    return body;
  }
}
