import { defineErrors } from '../common/errors/error-kind.js';
import type { UniqueViolations } from '../common/errors/unique-violations.js';

export const UserError = defineErrors({
  UserNotFound: ['user_not_found', 'not_found'],
  UsernameTaken: ['username_taken', 'conflict'],
  PasswordRejected: ['password_rejected', 'invalid'],
  OrganizationRequired: ['user_organization_required', 'rule_broken'],
  LastAdmin: ['last_admin', 'conflict'],
});

export const USER_UNIQUE_VIOLATIONS: UniqueViolations = {
  uq_app_user_username: { error: UserError.UsernameTaken, detail: 'Another user already has this username.', field: 'username' },
};
