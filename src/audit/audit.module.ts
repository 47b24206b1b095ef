import { Global, Module } from '@nestjs/common';
import { AuditQueries } from './audit-queries.service.js';
import { AuditTrail } from './audit-trail.service.js';
import { AuditController } from './audit.controller.js';

/** Global: every feature records its changes here, inside its own transaction. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditTrail, AuditQueries],
  exports: [AuditTrail, AuditQueries],
})
export class AuditModule {}
