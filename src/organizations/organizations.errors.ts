import { DomainError } from '../common/errors/domain-error.js';
import { defineErrors } from '../common/errors/error-kind.js';
import type { UniqueViolations } from '../common/errors/unique-violations.js';

export const OrganizationError = defineErrors({
  OrganizationNotFound: ['organization_not_found', 'not_found'],
  PersonNotFound: ['person_not_found', 'not_found'],
  ShortNameTaken: ['organization_short_name_taken', 'conflict'],
  HierarchyCycle: ['organization_hierarchy_cycle', 'rule_broken'],
});

export const ORGANIZATION_UNIQUE_VIOLATIONS: UniqueViolations = {
  uq_organization_short_name: {
    error: OrganizationError.ShortNameTaken,
    detail: 'Another organization already uses this short name.',
    field: 'shortName',
  },
};

export function organizationNotFound(id: string): DomainError {
  return new DomainError(OrganizationError.OrganizationNotFound, `No organization has the id ${id}.`);
}

export function personNotFound(id: string): DomainError {
  return new DomainError(OrganizationError.PersonNotFound, `No person has the id ${id}.`);
}
