import { problemMessage, fieldMessage } from '../i18n/problems';

export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem document, as every error answer of the API is. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** What a failed call throws: the problem document, with the message to show in Vietnamese. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly response?: Response,
  ) {
    super(problemMessage(problem));
    this.name = 'ProblemError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  /** Field errors keyed by the field's path (`directives[0].title`), in Vietnamese where we know the wording. */
  fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) errors[error.field] ??= fieldMessage(error);
    return errors;
  }
}

/** A network failure or an answer that is not a problem document still reaches the user as one. */
export function problemOf(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof TypeError) return { status: 0, code: 'network_error', detail: error.message };
  return { status: 0, code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}
