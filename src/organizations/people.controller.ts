import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/actor.js';
import { CurrentActor, Requires } from '../access/decorators.js';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';
import { IfMatchVersion } from '../common/http/if-match.decorator.js';
import type { Page } from '../common/http/pagination.js';
import { NonEmptyPatch } from '../common/http/non-empty-patch.pipe.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { CreatePersonDto, ListPeopleQueryDto, PersonPageDto, PersonResponseDto, UpdatePersonDto } from './dto/person.dto.js';
import { PeopleService } from './people.service.js';

@ApiTags('people')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Post()
  @Idempotent()
  @Requires('people:write')
  @HttpCode(201)
  @ApiCreatedResponse({ type: PersonResponseDto })
  @ApiProblems(422)
  create(@Body() body: CreatePersonDto, @CurrentActor() actor: Actor): Promise<PersonResponseDto> {
    return this.people.registerPerson(body, actor);
  }

  @Get()
  @Requires('directory:read')
  @ApiOkResponse({ type: PersonPageDto })
  list(@Query() query: ListPeopleQueryDto): Promise<Page<PersonResponseDto>> {
    return this.people.listPeople(query);
  }

  @Get(':id')
  @Requires('directory:read')
  @ApiOkResponse({ type: PersonResponseDto })
  @ApiProblems(404)
  get(@Param('id', UuidParamPipe) id: string): Promise<PersonResponseDto> {
    return this.people.getPerson(id);
  }

  @Patch(':id')
  @Requires('people:write')
  @ApiIfMatch()
  @ApiOkResponse({ type: PersonResponseDto })
  @ApiProblems(404, 412, 422, 428)
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(NonEmptyPatch) body: UpdatePersonDto,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: Actor,
  ): Promise<PersonResponseDto> {
    return this.people.updatePerson(id, body, version, actor);
  }
}
