import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { Page } from '../common/http/pagination.js';
import { stripUndefined } from '../common/http/patch.js';
import { escapeLike } from '../database/guarded-update.js';
import { ReferenceCheck } from './references.js';
import { keysetPage } from '../database/keyset.js';
import { runInTransaction } from '../database/transaction.js';
import {
  type CreateOrganizationDto,
  type ListOrganizationsQueryDto,
  type OrganizationResponseDto,
  toOrganizationResponse,
  type UpdateOrganizationDto,
} from './dto/organization.dto.js';
import { Organization } from './organization.entity.js';
import { OrganizationError, organizationNotFound } from './organizations.errors.js';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
  ) {}

  async registerOrganization(input: CreateOrganizationDto, actor: Actor): Promise<OrganizationResponseDto> {
    return runInTransaction(this.dataSource, async (em) => this.load(em, await this.registerOrganizationIn(em, input, actor)));
  }

  /** The audited creation inside the caller's transaction (an import creates the agencies it names with its meeting); answers the id. */
  async registerOrganizationIn(em: EntityManager, input: CreateOrganizationDto, actor: Actor): Promise<string> {
    await new ReferenceCheck().organization('parentId', input.parentId).verify(em);
    return this.writes.insert(em, actor, {
      entity: Organization,
      values: { name: input.name, shortName: input.shortName ?? null, kind: input.kind, parentId: input.parentId ?? null },
      action: 'organization.create',
    });
  }

  async updateOrganization(
    id: string,
    input: UpdateOrganizationDto,
    expectedVersion: number,
    actor: Actor,
  ): Promise<OrganizationResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      if (input.parentId) {
        await new ReferenceCheck().organization('parentId', input.parentId).verify(em);
        await this.refuseCycle(em, id, input.parentId);
      }
      await this.writes.update(em, actor, {
        entity: Organization,
        id,
        set: stripUndefined(input),
        expectedVersion,
        notFound: () => organizationNotFound(id),
        action: 'organization.update',
      });
      return this.load(em, id);
    });
  }

  async getOrganization(id: string): Promise<OrganizationResponseDto> {
    return this.load(this.dataSource.manager, id);
  }

  async listOrganizations(query: ListOrganizationsQueryDto): Promise<Page<OrganizationResponseDto>> {
    const qb = this.dataSource.getRepository(Organization).createQueryBuilder('o').leftJoinAndSelect('o.parent', 'parent');
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.parentId) qb.andWhere('o.parent_id = :parentId', { parentId: query.parentId });
    if (query.q) {
      qb.andWhere(
        `(unaccent(lower(o.name)) LIKE unaccent(lower(:q)) OR unaccent(lower(coalesce(o.short_name, ''))) LIKE unaccent(lower(:q)))`,
        { q: `%${escapeLike(query.q)}%` },
      );
    }
    return keysetPage(
      qb,
      query,
      { columns: ['o.name', 'o.id'], shape: ['string', 'uuid'], direction: 'ASC', key: (row) => [row.name, row.id] },
      toOrganizationResponse,
    );
  }

  /** Moving an organization under one of its own descendants would make the hierarchy a loop. */
  private async refuseCycle(em: EntityManager, id: string, newParentId: string): Promise<void> {
    const rows: { id: string }[] = await em.query(
      `WITH RECURSIVE ancestors(id, parent_id) AS (
         SELECT id, parent_id FROM organization WHERE id = $1
         UNION
         SELECT o.id, o.parent_id FROM organization o JOIN ancestors a ON o.id = a.parent_id
       )
       SELECT id FROM ancestors WHERE id = $2 LIMIT 1`,
      [newParentId, id],
    );
    if (rows.length > 0) {
      throw new DomainError(OrganizationError.HierarchyCycle, 'An organization cannot be placed under itself or one of its own units.', [
        { field: 'parentId', message: 'parentId would make the hierarchy a loop' },
      ]);
    }
  }

  private async load(em: EntityManager, id: string): Promise<OrganizationResponseDto> {
    const org = await em.getRepository(Organization).findOne({ where: { id }, relations: { parent: true } });
    if (!org) throw organizationNotFound(id);
    return toOrganizationResponse(org);
  }
}
