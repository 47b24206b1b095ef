import { defineErrors } from '../common/errors/error-kind.js';

export const IdempotencyError = defineErrors({
  KeyReused: ['idempotency_key_reused', 'rule_broken'],
  InProgress: ['idempotency_request_in_progress', 'conflict'],
});
