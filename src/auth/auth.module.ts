import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokens } from './access-tokens.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { LoginThrottle } from './login-throttle.js';
import { SignInService } from './sign-in.service.js';

@Module({
  controllers: [AuthController],
  providers: [AccessTokens, LoginThrottle, SignInService, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
