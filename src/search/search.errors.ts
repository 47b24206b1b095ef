import { DomainError } from '../common/errors/domain-error.js';
import { CommonError } from '../common/errors/common-errors.js';
import { defineErrors } from '../common/errors/error-kind.js';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, type QueryProblem } from './search-query.js';

export const SearchError = defineErrors({
  QueryInvalid: ['search_query_invalid', 'invalid'],
});

const PROBLEMS: Record<QueryProblem, string> = {
  empty: 'q must not be empty',
  too_long: `q must be at most ${MAX_QUERY_LENGTH} characters`,
  no_words: 'q must contain at least one letter or digit',
  too_many_words: `q may hold at most ${MAX_QUERY_WORDS} words`,
};

export function searchQueryInvalid(problem: QueryProblem): DomainError {
  return new DomainError(SearchError.QueryInvalid, 'The search text cannot be searched.', [{ field: 'q', message: PROBLEMS[problem] }]);
}

/** A cursor of another search (other words or types), or one this service never handed out. */
export function searchCursorInvalid(): DomainError {
  return new DomainError(CommonError.ValidationFailed, 'The cursor is not one this search handed out.', [
    { field: 'cursor', message: 'cursor is invalid; start again without it' },
  ]);
}
