import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from './access-policy.js';

/** Global: every use case that acts on objects asks the same policy. */
@Global()
@Module({ providers: [AccessPolicy], exports: [AccessPolicy] })
export class AccessModule {}
