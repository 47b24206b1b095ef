import { Global, Module } from '@nestjs/common';
import { AuditQueries } from './audit-queries.service.js';
import { AuditSealer } from './audit-sealer.js';
import { AuditTrail } from './audit-trail.service.js';
import { AuditedWrites } from './audited-writes.js';
import { AuditController } from './audit.controller.js';

/** Global: every feature records its changes here, inside its own transaction. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditTrail, AuditedWrites, AuditQueries, AuditSealer],
  exports: [AuditTrail, AuditedWrites, AuditQueries, AuditSealer],
})
export class AuditModule {}
