import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import type { Page } from '../common/http/pagination.js';
import { stripUndefined } from '../common/http/patch.js';
import { escapeLike } from '../database/guarded-update.js';
import { ReferenceCheck } from './references.js';
import { keysetPage } from '../database/keyset.js';
import { runInTransaction } from '../database/transaction.js';
import {
  type CreatePersonDto,
  type ListPeopleQueryDto,
  type PersonResponseDto,
  toPersonResponse,
  type UpdatePersonDto,
} from './dto/person.dto.js';
import { personNotFound } from './organizations.errors.js';
import { Person } from './person.entity.js';

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
  ) {}

  async registerPerson(input: CreatePersonDto, actor: Actor): Promise<PersonResponseDto> {
    return runInTransaction(this.dataSource, async (em) => this.load(em, await this.registerPersonIn(em, input, actor)));
  }

  /** The audited creation inside the caller's transaction (an import creates the people it names with its meeting); answers the id. */
  async registerPersonIn(em: EntityManager, input: CreatePersonDto, actor: Actor): Promise<string> {
    await new ReferenceCheck().organization('organizationId', input.organizationId).verify(em);
    return this.writes.insert(em, actor, {
      entity: Person,
      values: { fullName: input.fullName, position: input.position ?? null, organizationId: input.organizationId ?? null },
      action: 'person.create',
    });
  }

  async updatePerson(id: string, input: UpdatePersonDto, expectedVersion: number, actor: Actor): Promise<PersonResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      await new ReferenceCheck().organization('organizationId', input.organizationId).verify(em);
      await this.writes.update(em, actor, {
        entity: Person,
        id,
        set: stripUndefined(input),
        expectedVersion,
        notFound: () => personNotFound(id),
        action: 'person.update',
      });
      return this.load(em, id);
    });
  }

  async getPerson(id: string): Promise<PersonResponseDto> {
    return this.load(this.dataSource.manager, id);
  }

  async listPeople(query: ListPeopleQueryDto): Promise<Page<PersonResponseDto>> {
    const qb = this.dataSource.getRepository(Person).createQueryBuilder('p').leftJoinAndSelect('p.organization', 'organization');
    if (query.organizationId) qb.andWhere('p.organization_id = :organizationId', { organizationId: query.organizationId });
    if (query.q) {
      qb.andWhere(
        `(unaccent(lower(p.full_name)) LIKE unaccent(lower(:q)) OR unaccent(lower(coalesce(p.position, ''))) LIKE unaccent(lower(:q)))`,
        {
          q: `%${escapeLike(query.q)}%`,
        },
      );
    }
    return keysetPage(
      qb,
      query,
      { columns: ['p.full_name', 'p.id'], shape: ['string', 'uuid'], direction: 'ASC', key: (row) => [row.fullName, row.id] },
      toPersonResponse,
    );
  }

  private async load(em: EntityManager, id: string): Promise<PersonResponseDto> {
    const person = await em.getRepository(Person).findOne({ where: { id }, relations: { organization: true } });
    if (!person) throw personNotFound(id);
    return toPersonResponse(person);
  }
}
