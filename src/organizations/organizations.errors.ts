export const OrganizationErrorCode = {
  OrganizationNotFound: 'organization_not_found',
  PersonNotFound: 'person_not_found',
  ShortNameTaken: 'organization_short_name_taken',
  HierarchyCycle: 'organization_hierarchy_cycle',
} as const;
export type OrganizationErrorCode = (typeof OrganizationErrorCode)[keyof typeof OrganizationErrorCode];
