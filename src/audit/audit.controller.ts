import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Requires } from '../access/decorators.js';
import { ApiProblems } from '../common/http/api-responses.js';
import type { Page } from '../common/http/pagination.js';
import { AuditQueries } from './audit-queries.service.js';
import { AuditEntryDto, AuditPageDto, ListAuditQueryDto } from './dto/audit.dto.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditQueries) {}

  @Get()
  @Requires('audit:read')
  @ApiOperation({ summary: 'The audit trail, newest first: who changed what, when, from what to what' })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: ListAuditQueryDto): Promise<Page<AuditEntryDto>> {
    return this.audit.listEntries(query);
  }
}
