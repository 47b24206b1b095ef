import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { defineErrors } from '../common/errors/error-kind.js';

export const AttachmentError = defineErrors({
  NotFound: ['attachment_not_found', 'not_found'],
  TooLarge: ['attachment_too_large', 'too_large'],
  UnsupportedType: ['attachment_type_not_accepted', 'unsupported_media_type'],
  BadUpload: ['attachment_upload_malformed', 'invalid'],
  NotUsable: ['attachment_not_usable', 'rule_broken'],
});

/** The same answer whether the file does not exist or the caller may not see it: ids leak nothing. */
export function attachmentNotFound(id: string): DomainError {
  return new DomainError(AttachmentError.NotFound, `There is no file ${id}, or you may not see it.`);
}

export function badUpload(detail: string, message = detail): DomainError {
  const errors: FieldError[] = [{ field: 'file', message }];
  return new DomainError(AttachmentError.BadUpload, detail, errors);
}
