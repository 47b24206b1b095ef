import type { EntityManager } from 'typeorm';
import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { CommonError } from '../common/errors/common-errors.js';

type Kind = 'organization' | 'person';

/** What a request's answer shows of a record it referred to, read by the same statement that checked it. */
export interface ReferencedOrganization {
  name: string;
  shortName: string | null;
}
export interface ReferencedPerson {
  fullName: string;
  position: string | null;
}

/** The records a checked request refers to, by id (as the database spells it: lower case). */
export interface References {
  organization(id: string): ReferencedOrganization;
  person(id: string): ReferencedPerson;
}

/**
 * Collects the ids a request refers to, checks them all with one statement,
 * and reports every missing one with the field that named it, e.g.
 * `directives[4].leadOrganizationId`. Used before writing, so a bad reference
 * fails the whole request before anything is stored.
 */
export class ReferenceCheck {
  private readonly wanted: Record<Kind, { field: string; id: string }[]> = { organization: [], person: [] };
  /** Missing references are reported kind by kind, in the order the kinds were first named. */
  private readonly kinds: Kind[] = [];

  organization(field: string, id: string | null | undefined): this {
    return this.add('organization', field, id);
  }

  person(field: string, id: string | null | undefined): this {
    return this.add('person', field, id);
  }

  private add(kind: Kind, field: string, id: string | null | undefined): this {
    if (!id) return this;
    this.wanted[kind].push({ field, id });
    if (!this.kinds.includes(kind)) this.kinds.push(kind);
    return this;
  }

  /** Refuses the request if a reference names nothing; answers what the references name. */
  async verify(em: EntityManager): Promise<References> {
    const organizations = new Map<string, ReferencedOrganization>();
    const people = new Map<string, ReferencedPerson>();
    const ids = (kind: Kind): string[] => [...new Set(this.wanted[kind].map((ref) => ref.id.toLowerCase()))];
    if (this.kinds.length > 0) {
      const rows = (await em.query(
        `SELECT 'organization' AS kind, id, name, short_name AS detail FROM organization WHERE id = ANY($1::uuid[])
         UNION ALL
         SELECT 'person', id, full_name, position FROM person WHERE id = ANY($2::uuid[])`,
        [ids('organization'), ids('person')],
      )) as { kind: Kind; id: string; name: string; detail: string | null }[];
      for (const row of rows) {
        if (row.kind === 'organization') organizations.set(row.id, { name: row.name, shortName: row.detail });
        else people.set(row.id, { fullName: row.name, position: row.detail });
      }
    }
    const found: Record<Kind, Map<string, unknown>> = { organization: organizations, person: people };
    const missing: FieldError[] = this.kinds.flatMap((kind) =>
      this.wanted[kind]
        .filter((ref) => !found[kind].has(ref.id.toLowerCase()))
        .map((ref) => ({ field: ref.field, message: `no ${kind} has the id ${ref.id}` })),
    );
    if (missing.length > 0) {
      throw new DomainError(CommonError.ReferenceNotFound, 'The request refers to records that do not exist.', missing);
    }
    const named =
      <T>(map: Map<string, T>, kind: Kind) =>
      (id: string): T => {
        const record = map.get(id.toLowerCase());
        if (!record) throw new Error(`${id} was not checked as a reference to a ${kind}`);
        return record;
      };
    return { organization: named(organizations, 'organization'), person: named(people, 'person') };
  }
}
