import { defineErrors } from '../common/errors/error-kind.js';

export const AuthError = defineErrors({
  InvalidCredentials: ['invalid_credentials', 'unauthenticated'],
  InvalidRefreshToken: ['invalid_refresh_token', 'unauthenticated'],
  TooManyAttempts: ['too_many_attempts', 'too_many_requests'],
});
