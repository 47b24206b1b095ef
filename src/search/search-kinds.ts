import type { Permission } from '../common/roles.js';

/** What a search finds. Progress reports are found by their notes and shown under their directive. */
export const SEARCH_KINDS = ['meeting', 'speech', 'directive', 'progress_report', 'person', 'organization'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The permission that reads each kind: the same one its own list endpoint requires. */
export const KIND_PERMISSION: Record<SearchKind, Permission> = {
  meeting: 'meetings:read',
  speech: 'meetings:read',
  directive: 'directives:read',
  progress_report: 'directives:read',
  person: 'directory:read',
  organization: 'directory:read',
};
