import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../access/access-policy.js';
import type { Actor } from '../common/actor.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { Page, PageQueryDto } from '../common/http/pagination.js';
import { keysetPage } from '../database/keyset.js';
import { type ExtensionRequestResponseDto, toExtensionRequestDto } from './dto/extension.dto.js';
import { DirectiveExtensionRequest } from './extension-request.entity.js';
import { FollowUpError } from './followup.errors.js';

@Injectable()
export class ExtensionQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** The extension requests of a directive the viewer may read, newest first (404 otherwise). */
  async list(directiveId: string, query: PageQueryDto, viewer: Actor): Promise<Page<ExtensionRequestResponseDto>> {
    await this.access.requireDirective(this.dataSource.manager, viewer, 'directive.read', directiveId);
    return this.page(this.dataSource.manager, directiveId, query);
  }

  /** One request, with who asked and who decided. */
  async get(em: EntityManager, id: string): Promise<ExtensionRequestResponseDto> {
    const row = await em
      .getRepository(DirectiveExtensionRequest)
      .findOneOrFail({ where: { id }, relations: { requestedBy: true, decidedBy: true } });
    return toExtensionRequestDto(row);
  }

  /** A request of this directive (whose locked row guards it); 404 when the directive has none with that id. */
  async of(em: EntityManager, directiveId: string, id: string): Promise<DirectiveExtensionRequest> {
    const row = await em
      .getRepository(DirectiveExtensionRequest)
      .createQueryBuilder('x')
      .where('x.id = :id AND x.directive_id = :directiveId', { id, directiveId })
      .getOne();
    if (!row) throw new DomainError(FollowUpError.ExtensionRequestNotFound, `This directive has no extension request with the id ${id}.`);
    return row;
  }

  /** Whether a request of this directive awaits a decision. */
  async hasPending(em: EntityManager, directiveId: string): Promise<boolean> {
    return em.getRepository(DirectiveExtensionRequest).existsBy({ directiveId, status: 'pending' });
  }

  private page(em: EntityManager, directiveId: string, query: PageQueryDto): Promise<Page<ExtensionRequestResponseDto>> {
    const qb = em
      .getRepository(DirectiveExtensionRequest)
      .createQueryBuilder('x')
      .innerJoinAndSelect('x.requestedBy', 'asker')
      .leftJoinAndSelect('x.decidedBy', 'decider')
      .where('x.directive_id = :directiveId', { directiveId });
    return keysetPage(
      qb,
      query,
      {
        columns: ['x.requested_at', 'x.id'],
        shape: ['instant', 'uuid'],
        direction: 'DESC',
        key: (row) => [row.requestedAt.toISOString(), row.id],
        casts: ['timestamptz', 'uuid'],
      },
      toExtensionRequestDto,
    );
  }
}
