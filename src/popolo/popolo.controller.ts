import { Controller, Get, Header, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CallerIfSignedIn, PublicWhen, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiProblems } from '../common/http/api-responses.js';
import type { AppConfig } from '../config/app-config.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { PopoloPeriodQueryDto } from './dto/popolo-query.dto.js';
import { ExportPopoloService } from './export-popolo.service.js';
import { POPOLO_COLLECTIONS } from './popolo-mapping.js';

const POPOLO_ANSWER = {
  description:
    'A Popolo document (https://www.popoloproject.com/specs/): events (the meetings), speeches in order, persons, ' +
    'organizations and memberships, each an object of the Popolo JSON Schema of its class. Dates are ISO 8601 in the ' +
    "office's zone with its offset and whole seconds. Streamed.",
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: [...POPOLO_COLLECTIONS],
        properties: Object.fromEntries(
          POPOLO_COLLECTIONS.map((name) => [name, { type: 'array', items: { type: 'object', additionalProperties: true } }]),
        ),
      },
    },
  },
};

/** OPEN_DATA_PUBLIC=true: anyone may read published meetings as open data, without an account. */
const openData = (config: AppConfig): boolean => config.openDataPublic;

@ApiTags('open data')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller()
export class PopoloController {
  constructor(private readonly popolo: ExportPopoloService) {}

  @Get('meetings/:id/popolo')
  @PublicWhen(openData)
  @Requires('meetings:read')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'A published meeting and its speeches as Popolo open data; a draft is refused (409), it is not open data yet' })
  @ApiProduces('application/json')
  @ApiOkResponse(POPOLO_ANSWER)
  @ApiProblems(404, 409)
  meeting(@Param('id', UuidParamPipe) id: string, @CallerIfSignedIn() caller: Actor | null): Promise<StreamableFile> {
    return this.popolo.exportMeeting(id, caller !== null);
  }

  @Get('popolo')
  @PublicWhen(openData)
  @Requires('meetings:read')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary:
      "Every published meeting held from `from` to `to` (the office's calendar days, at most 366) as one Popolo document, " +
      'streamed as a download ("popolo <from> <to>.json"); drafts never appear',
  })
  @ApiProduces('application/json')
  @ApiOkResponse(POPOLO_ANSWER)
  @ApiProblems(422)
  period(@Query() query: PopoloPeriodQueryDto): Promise<StreamableFile> {
    return this.popolo.exportPeriod(query);
  }
}
