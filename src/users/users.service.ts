import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditActor } from '../audit/audit-trail.service.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { UserError } from './users.errors.js';
import { assertAcceptablePassword, hashPassword } from './passwords.js';
import { AGENCY_ROLES, type Role } from '../common/roles.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { Page } from '../common/http/pagination.js';
import { stripUndefined } from '../common/http/patch.js';
import { ReferenceCheck } from '../organizations/references.js';
import { keysetPage } from '../database/keyset.js';
import { runInTransaction } from '../database/transaction.js';
import { type CreateUserDto, type ListUsersQueryDto, toUserResponse, type UpdateUserDto, type UserResponseDto } from './dto/user.dto.js';
import { User } from './user.entity.js';
import { UserSessions } from './user-sessions.js';

function userNotFound(id: string): DomainError {
  return new DomainError(UserError.UserNotFound, `No user has the id ${id}.`);
}

function assertAgencyRoleHasOrganization(role: Role, organizationId: string | null | undefined): void {
  if (AGENCY_ROLES.has(role) && !organizationId) {
    throw new DomainError(UserError.OrganizationRequired, `A ${role} acts for one organization: give its organizationId.`, [
      { field: 'organizationId', message: `organizationId is required for the role ${role}` },
    ]);
  }
}

/** Account management, for admins. Every change is audited; passwords never are. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly sessions: UserSessions,
  ) {}

  async createUser(input: CreateUserDto, actor: AuditActor): Promise<UserResponseDto> {
    assertAgencyRoleHasOrganization(input.role, input.organizationId);
    assertAcceptablePassword(input.password, input.username);
    const passwordHash = await hashPassword(input.password);
    return runInTransaction(this.dataSource, async (em) => {
      await new ReferenceCheck().organization('organizationId', input.organizationId).person('personId', input.personId).verify(em);
      const id = await this.writes.insert(em, actor, {
        entity: User,
        values: {
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          organizationId: input.organizationId ?? null,
          personId: input.personId ?? null,
          email: input.email ?? null,
          passwordHash,
        },
        action: 'user.create',
      });
      return this.load(em, id);
    });
  }

  async updateUser(id: string, input: UpdateUserDto, expectedVersion: number, actor: Actor): Promise<UserResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      // Locked first, so "before" and the checks below describe the row we change.
      const locked = await em.getRepository(User).findOne({ select: { id: true }, where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw userNotFound(id);
      await this.writes.update(em, actor, {
        entity: User,
        id,
        set: stripUndefined(input),
        expectedVersion,
        notFound: () => userNotFound(id),
        action: input.active === false ? 'user.disable' : 'user.update',
        check: async (before) => {
          if (before.role === 'admin' && before.active === true && (input.active === false || (input.role && input.role !== 'admin'))) {
            await this.refuseRemovingLastAdmin(em, id);
          }
          const role = input.role ?? (before.role as Role);
          const organizationId = input.organizationId === undefined ? (before.organizationId as string | null) : input.organizationId;
          assertAgencyRoleHasOrganization(role, organizationId);
          await new ReferenceCheck().organization('organizationId', input.organizationId).person('personId', input.personId).verify(em);
        },
        then: async () => {
          if (input.active === false) await this.sessions.endAll(em, id, 'user_disabled');
        },
      });
      return this.load(em, id);
    });
  }

  /** An office without an active admin could not manage its users any more. */
  private async refuseRemovingLastAdmin(em: EntityManager, id: string): Promise<void> {
    // Serialized: two admins disabling each other at once must not both succeed.
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['users:admins']);
    const [{ others }] = (await em.query(`SELECT count(*)::int AS others FROM app_user WHERE role = 'admin' AND active AND id <> $1`, [
      id,
    ])) as {
      others: number;
    }[];
    if (others === 0) {
      throw new DomainError(UserError.LastAdmin, 'This is the last active admin: make another user admin first.', [
        { field: 'role', message: 'the last active admin cannot be disabled or given another role' },
      ]);
    }
  }

  /** Sets a new password and ends every session of the user. */
  async resetPassword(id: string, password: string, actor: Actor): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw userNotFound(id);
    assertAcceptablePassword(password, user.username);
    const passwordHash = await hashPassword(password);
    await runInTransaction(this.dataSource, async (em) => {
      // Locked first, so that the entry's "before" is the row this reset replaces, not one a concurrent edit replaced.
      await em.getRepository(User).findOne({ select: { id: true }, where: { id }, lock: { mode: 'pessimistic_write' } });
      // The hash never appears in the entry; the entry shows when the password changed.
      await this.writes.update(em, actor, {
        entity: User,
        id,
        set: { passwordHash, passwordChangedAt: () => 'now()' },
        expectedVersion: undefined,
        notFound: () => userNotFound(id),
        action: 'user.reset_password',
        then: () => this.sessions.endAll(em, id, 'password_reset'),
      });
    });
  }

  async getUser(id: string): Promise<UserResponseDto> {
    return this.load(this.dataSource.manager, id);
  }

  async listUsers(query: ListUsersQueryDto): Promise<Page<UserResponseDto>> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').leftJoinAndSelect('u.organization', 'organization');
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.organizationId) qb.andWhere('u.organization_id = :organizationId', { organizationId: query.organizationId });
    return keysetPage(
      qb,
      query,
      { columns: ['u.username', 'u.id'], shape: ['string', 'uuid'], direction: 'ASC', key: (row) => [row.username, row.id] },
      toUserResponse,
    );
  }

  private async load(em: EntityManager, id: string): Promise<UserResponseDto> {
    const user = await em.getRepository(User).findOne({ where: { id }, relations: { organization: true } });
    if (!user) throw userNotFound(id);
    return toUserResponse(user);
  }
}
