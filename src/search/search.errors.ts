import { DomainError } from '../common/errors/domain-error.js';
import { CommonError } from '../common/errors/common-errors.js';
import { defineErrors } from '../common/errors/error-kind.js';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, type QueryProblem } from './search-query.js';

export const SearchError = defineErrors({
  QueryInvalid: ['search_query_invalid', 'invalid'],
});

/** Why the text cannot be searched: the detail says it, the field error says it for the box that holds it. */
const PROBLEMS: Record<QueryProblem, { detail: string; message: string }> = {
  empty: { detail: 'The search text is empty.', message: 'q must not be empty' },
  too_long: {
    detail: `The search text is too long: at most ${MAX_QUERY_LENGTH} characters are searched.`,
    message: `q must be at most ${MAX_QUERY_LENGTH} characters`,
  },
  no_words: {
    detail: 'The search text has no letter or digit: punctuation and symbols only separate words.',
    message: 'q must contain at least one letter or digit',
  },
  too_many_words: {
    detail: `The search text has too many words: at most ${MAX_QUERY_WORDS} words are searched.`,
    message: `q may hold at most ${MAX_QUERY_WORDS} words`,
  },
};

export function searchQueryInvalid(problem: QueryProblem): DomainError {
  const { detail, message } = PROBLEMS[problem];
  return new DomainError(SearchError.QueryInvalid, detail, [{ field: 'q', message }]);
}

/** A cursor of another search (other words or types), or one this service never handed out. */
export function searchCursorInvalid(): DomainError {
  return new DomainError(CommonError.ValidationFailed, 'The cursor is not one this search handed out.', [
    { field: 'cursor', message: 'cursor is invalid; start again without it' },
  ]);
}
