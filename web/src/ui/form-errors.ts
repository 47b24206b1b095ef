import { ProblemError } from '../api/problem';

/**
 * Puts the API's field errors next to their fields. The API names fields by their path in the
 * request body (`directives[2].title`); Mantine's form uses dots (`directives.2.title`).
 */
export function applyFieldErrors(error: unknown, setFieldError: (path: string, message: string) => void): boolean {
  if (!(error instanceof ProblemError)) return false;
  const errors = error.fieldErrors();
  for (const [field, message] of Object.entries(errors)) setFieldError(toFormPath(field), message);
  return Object.keys(errors).length > 0;
}

export function toFormPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}
