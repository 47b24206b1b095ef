import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { defineErrors } from '../common/errors/error-kind.js';

export const ImportError = defineErrors({
  NotFound: ['import_not_found', 'not_found'],
  TextTooLarge: ['import_text_too_large', 'too_large'],
  FileTooLarge: ['import_file_too_large', 'too_large'],
  UnsupportedFile: ['import_file_type_not_accepted', 'unsupported_media_type'],
  UnreadableFile: ['import_file_unreadable', 'rule_broken'],
  FileTooComplex: ['import_file_too_complex', 'rule_broken'],
  ReaderUnavailable: ['import_reader_unavailable', 'unavailable'],
  BadUpload: ['import_upload_malformed', 'invalid'],
  NoText: ['import_text_empty', 'invalid'],
  NotEditable: ['import_not_editable', 'conflict'],
  Unresolved: ['import_unresolved', 'rule_broken'],
  InvalidDraft: ['import_draft_invalid', 'rule_broken'],
});

export function importNotFound(id: string): DomainError {
  return new DomainError(ImportError.NotFound, `There is no import draft ${id}.`);
}

export function notEditable(status: string): DomainError {
  return new DomainError(ImportError.NotEditable, `This draft is ${status}; only a draft can be changed, confirmed or discarded.`);
}

export function badImportUpload(detail: string, message = detail): DomainError {
  const errors: FieldError[] = [{ field: 'file', message }];
  return new DomainError(ImportError.BadUpload, detail, errors);
}
