import { defineErrors } from '../common/errors/error-kind.js';

export const CarryOverError = defineErrors({
  /** A meeting reviews only directives of earlier meetings of its own organizer. */
  ReviewNotCarriedOver: ['review_not_carried_over', 'rule_broken'],
});
