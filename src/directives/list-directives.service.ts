import { Inject, Injectable, type StreamableFile } from '@nestjs/common';
import type { Actor } from '../common/actor.js';
import type { Page } from '../common/http/pagination.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { ExportTarget } from '../exports/export-format.js';
import { answerOrExport } from '../exports/send-export.js';
import { directiveListTable } from './directive-export.js';
import { DirectiveQueriesService } from './directive-queries.service.js';
import type { DirectiveResponseDto, ListDirectivesQueryDto } from './dto/directive-response.dto.js';

/** GET /directives: one page as JSON, or the whole filtered list as XLSX or CSV. */
@Injectable()
export class ListDirectivesService {
  constructor(
    private readonly queries: DirectiveQueriesService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  answer(query: ListDirectivesQueryDto, viewer: Actor, target: ExportTarget): Promise<Page<DirectiveResponseDto> | StreamableFile> {
    // One as-of date for the whole file, even when the export runs past midnight.
    const asOf = query.asOf ?? this.clock.today();
    return answerOrExport(
      target,
      () => this.queries.listDirectives(query, viewer),
      () => directiveListTable(query, this.queries.allDirectives({ ...query, asOf }, viewer), { asOf, timeZone: this.config.timeZone }),
    );
  }
}
