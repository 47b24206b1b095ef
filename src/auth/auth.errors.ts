export const AuthErrorCode = {
  Unauthenticated: 'unauthenticated',
  InvalidCredentials: 'invalid_credentials',
  Forbidden: 'forbidden',
  TooManyAttempts: 'too_many_attempts',
  InvalidRefreshToken: 'invalid_refresh_token',
  UserNotFound: 'user_not_found',
  UsernameTaken: 'username_taken',
  PasswordRejected: 'password_rejected',
  UserOrganizationRequired: 'user_organization_required',
  LastAdmin: 'last_admin',
} as const;
export type AuthErrorCode = (typeof AuthErrorCode)[keyof typeof AuthErrorCode];
