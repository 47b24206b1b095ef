import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiProblems } from '../common/http/api-responses.js';
import { SearchPageDto, SearchQueryDto } from './dto/search.dto.js';
import { SearchEverythingService } from './search-everything.service.js';

@ApiTags('search')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchEverythingService) {}

  @Get()
  @Requires('meetings:read', 'directives:read', 'directory:read')
  @ApiOperation({
    summary: 'Find meetings, speeches, directives, progress reports, people and organizations by their words, with or without diacritics',
    description:
      'Tìm kiếm. Matching ignores case and diacritics (đ is d; NFD or NFC input; a tone mark on another vowel still matches). ' +
      'Ranked: every word written with the same diacritics first, then the words as one phrase, then by relevance (title words count more), ties by id. ' +
      'Each hit has its `title` and a `snippet` of the original text; `titleHighlights` and `snippet.highlights` give the matched words as ' +
      '`{ start, end }` offsets in UTF-16 code units (`text.slice(start, end)`), so a client marks them by splitting the plain text — ' +
      'no HTML to parse or escape. What is marked: a quoted phrase only where its words stand in a row; a word typed with diacritics ' +
      'only where it is written so, when the text has it so (else wherever it folds the same); when every word of the query stands in a row, ' +
      'only that run; the last bare word from 3 letters also as a prefix. The snippet is the part where the words stand closest together. ' +
      'A text that cannot be searched is a 400 `search_query_invalid` saying why: no letter or digit, more than 12 words, more than 200 characters. ' +
      'Directives and progress reports are limited to those the caller may read (agency users: those their ' +
      'agency leads or cooperates on); a kind the role may not read is left out, or refused (403) when asked for by name.',
  })
  @ApiOkResponse({ type: SearchPageDto })
  find(@Query() query: SearchQueryDto, @CurrentActor() actor: Actor): Promise<SearchPageDto> {
    return this.search.searchEverything(query, actor);
  }
}
