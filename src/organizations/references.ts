import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { CommonError } from '../common/errors/common-errors.js';
import { Organization } from './organization.entity.js';
import { Person } from './person.entity.js';

/**
 * Collects the ids a request refers to, checks them with one query per table,
 * and reports every missing one with the field that named it, e.g.
 * `directives[4].leadOrganizationId`. Used before writing, so a bad reference
 * fails the whole request before anything is stored.
 */
export class ReferenceCheck {
  private readonly wanted = new Map<EntityTarget<ObjectLiteral>, { label: string; refs: { field: string; id: string }[] }>();

  organization(field: string, id: string | null | undefined): this {
    return this.add(Organization, 'organization', field, id);
  }

  person(field: string, id: string | null | undefined): this {
    return this.add(Person, 'person', field, id);
  }

  private add(entity: EntityTarget<ObjectLiteral>, label: string, field: string, id: string | null | undefined): this {
    if (!id) return this;
    const entry = this.wanted.get(entity) ?? { label, refs: [] };
    entry.refs.push({ field, id });
    this.wanted.set(entity, entry);
    return this;
  }

  async verify(em: EntityManager): Promise<void> {
    const missing: FieldError[] = [];
    for (const [entity, { label, refs }] of this.wanted) {
      const ids = [...new Set(refs.map((ref) => ref.id))];
      const found = await em.getRepository(entity).find({ select: { id: true }, where: { id: In(ids) } });
      const present = new Set(found.map((row) => row.id as string));
      for (const ref of refs) {
        if (!present.has(ref.id)) missing.push({ field: ref.field, message: `no ${label} has the id ${ref.id}` });
      }
    }
    if (missing.length > 0) {
      throw new DomainError(CommonError.ReferenceNotFound, 'The request refers to records that do not exist.', missing);
    }
  }
}
