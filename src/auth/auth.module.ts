import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokens } from './access-tokens.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { DeviceTokens } from './device-tokens.js';
import { LoginThrottle } from './login-throttle.js';
import { RefreshCookie } from './refresh-cookie.js';
import { RevokingUserSessions } from './sessions.js';
import { SignInService } from './sign-in.service.js';
import { UserSessions } from '../users/user-sessions.js';

/** Global: accounts (users) end sessions through the UserSessions it provides. */
@Global()
@Module({
  controllers: [AuthController],
  providers: [
    AccessTokens,
    DeviceTokens,
    LoginThrottle,
    RefreshCookie,
    SignInService,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: UserSessions, useClass: RevokingUserSessions },
  ],
  exports: [UserSessions],
})
export class AuthModule {}
