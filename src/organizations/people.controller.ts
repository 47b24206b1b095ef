import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { expectedVersion, withEtag } from '../common/http/etag.js';
import type { Page } from '../common/http/pagination.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { CreatePersonDto, ListPeopleQueryDto, PersonPageDto, PersonResponseDto, UpdatePersonDto } from './dto/person.dto.js';
import { PeopleService } from './people.service.js';

@ApiTags('people')
@ApiProblems(400)
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: PersonResponseDto })
  @ApiProblems(422)
  async create(@Body() body: CreatePersonDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonResponseDto> {
    return withEtag(reply, await this.people.registerPerson(body));
  }

  @Get()
  @ApiOkResponse({ type: PersonPageDto })
  list(@Query() query: ListPeopleQueryDto): Promise<Page<PersonResponseDto>> {
    return this.people.listPeople(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: PersonResponseDto })
  @ApiProblems(404)
  async get(@Param('id', UuidParamPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonResponseDto> {
    return withEtag(reply, await this.people.getPerson(id));
  }

  @Patch(':id')
  @ApiIfMatch()
  @ApiOkResponse({ type: PersonResponseDto })
  @ApiProblems(404, 412, 422)
  async update(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdatePersonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonResponseDto> {
    return withEtag(reply, await this.people.updatePerson(id, body, expectedVersion(ifMatch)));
  }
}
