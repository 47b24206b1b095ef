import { defineErrors } from '../common/errors/error-kind.js';

export const AuthError = defineErrors({
  InvalidCredentials: ['invalid_credentials', 'unauthenticated'],
  InvalidRefreshToken: ['invalid_refresh_token', 'unauthenticated'],
  // Nothing to refresh: no token in the body and no refresh cookie (a browser that never signed in, or signed out).
  RefreshTokenMissing: ['refresh_token_missing', 'unauthenticated'],
  TooManyAttempts: ['too_many_attempts', 'too_many_requests'],
});
