import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { decodeCursor, type Page, pageSize, toPage } from '../common/http/pagination.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { toOrganizationRef } from '../organizations/dto/organization.dto.js';
import { toPersonRef } from '../organizations/dto/person.dto.js';
import { directiveVisibleSql } from '../access/directive-scope.js';
import { deadlineStatus } from './deadline-status.js';
import { DirectiveCooperation } from './directive-cooperation.entity.js';
import { Directive } from './directive.entity.js';
import { directiveNotFound } from './directives.errors.js';
import type { DirectiveResponseDto, ListDirectivesQueryDto } from './dto/directive-response.dto.js';

/** Reads directives with everything a person needs to see about them, in one query plus one for cooperating agencies. */
@Injectable()
export class DirectiveQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A directive the caller may see; any other answers 404, as if it did not exist. */
  async getDirective(id: string, scope: string | null, em: EntityManager = this.dataSource.manager): Promise<DirectiveResponseDto> {
    const row = await this.baseQuery(em, scope).andWhere('d.id = :id', { id }).getOne();
    if (!row) throw directiveNotFound(id);
    const [response] = await this.toResponses(em, [row]);
    return response!;
  }

  /** The directives of one meeting, in the order they were concluded. */
  async directivesOfMeeting(em: EntityManager, meetingId: string, scope: string | null): Promise<DirectiveResponseDto[]> {
    const rows = await this.baseQuery(em, scope).andWhere('d.meeting_id = :meetingId', { meetingId }).orderBy('d.ordinal', 'ASC').getMany();
    return this.toResponses(em, rows);
  }

  /** Sorted by deadline (no deadline last), then id; keyset-paginated on that order. */
  async listDirectives(query: ListDirectivesQueryDto, scope: string | null): Promise<Page<DirectiveResponseDto>> {
    const em = this.dataSource.manager;
    const limit = pageSize(query);
    const qb = this.baseQuery(em, scope)
      .orderBy('d.due_date', 'ASC', 'NULLS LAST')
      .addOrderBy('d.id', 'ASC')
      .limit(limit + 1);
    if (query.leadOrganizationId) qb.andWhere('d.lead_organization_id = :lead', { lead: query.leadOrganizationId });
    if (query.cooperatingOrganizationId) {
      qb.andWhere('EXISTS (SELECT 1 FROM directive_cooperating_organization c WHERE c.directive_id = d.id AND c.organization_id = :coop)', {
        coop: query.cooperatingOrganizationId,
      });
    }
    if (query.meetingId) qb.andWhere('d.meeting_id = :meetingId', { meetingId: query.meetingId });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.dueBefore) qb.andWhere('d.due_date < :dueBefore', { dueBefore: query.dueBefore });
    if (query.dueAfter) qb.andWhere('d.due_date > :dueAfter', { dueAfter: query.dueAfter });
    if (query.cursor) {
      const [due, id] = decodeCursor(query.cursor, ['nullable-date', 'uuid']);
      if (due === null) {
        qb.andWhere('d.due_date IS NULL AND d.id > :cursorId', { cursorId: id });
      } else {
        qb.andWhere('(d.due_date > :cursorDue OR (d.due_date = :cursorDue AND d.id > :cursorId) OR d.due_date IS NULL)', {
          cursorDue: due,
          cursorId: id,
        });
      }
    }
    const rows = await qb.getMany();
    const page = toPage(
      rows,
      limit,
      (row) => [row.dueDate, row.id],
      (row) => row,
    );
    return { items: await this.toResponses(em, page.items), nextCursor: page.nextCursor };
  }

  /**
   * `scope` is the organization an agency role acts for (null: everything).
   * The limit is part of the SQL, so a list never holds what the caller may not see.
   */
  private baseQuery(em: EntityManager, scope: string | null): SelectQueryBuilder<Directive> {
    const qb = em
      .getRepository(Directive)
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.meeting', 'meeting')
      .innerJoinAndSelect('d.leadOrganization', 'lead')
      .leftJoinAndSelect('d.owner', 'owner')
      .leftJoinAndSelect('d.issuedBy', 'issuedBy')
      .leftJoinAndSelect('d.sourceSpeech', 'sourceSpeech')
      .where('TRUE');
    if (scope) {
      qb.andWhere(directiveVisibleSql('d', ':scope'), { scope });
    }
    return qb;
  }

  private async toResponses(em: EntityManager, rows: Directive[]): Promise<DirectiveResponseDto[]> {
    if (rows.length === 0) return [];
    const cooperations = await em.getRepository(DirectiveCooperation).find({
      where: { directiveId: In(rows.map((row) => row.id)) },
      relations: { organization: true },
    });
    const byDirective = new Map<string, DirectiveCooperation[]>();
    for (const cooperation of cooperations) {
      const list = byDirective.get(cooperation.directiveId) ?? [];
      list.push(cooperation);
      byDirective.set(cooperation.directiveId, list);
    }
    const today = this.clock.today();
    return rows.map((d) => ({
      id: d.id,
      meeting: { id: d.meeting!.id, title: d.meeting!.title, startsAt: d.meeting!.startsAt.toISOString() },
      ordinal: d.ordinal,
      title: d.title,
      description: d.description,
      leadOrganization: toOrganizationRef(d.leadOrganization!),
      cooperatingOrganizations: (byDirective.get(d.id) ?? [])
        .map((c) => toOrganizationRef(c.organization!))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      owner: d.owner ? toPersonRef(d.owner) : null,
      issuedBy: d.issuedBy ? toPersonRef(d.issuedBy) : null,
      sourceSpeech: d.sourceSpeech ? { id: d.sourceSpeech.id, position: d.sourceSpeech.position } : null,
      dueDate: d.dueDate,
      priority: d.priority,
      status: d.status,
      deadlineStatus: deadlineStatus(d.dueDate, d.status, today, this.config.dueSoonDays),
      version: d.version,
      createdAt: d.createdAt.toISOString(),
      updatedAt: d.updatedAt.toISOString(),
    }));
  }
}
