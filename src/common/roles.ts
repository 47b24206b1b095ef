export const ROLES = ['admin', 'secretariat', 'leader', 'department_head', 'department_staff'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose reach is their own organization: they must belong to one. */
export const AGENCY_ROLES: ReadonlySet<Role> = new Set(['department_head', 'department_staff']);

export const PERMISSIONS = [
  'account:self', // one's own session and profile: every signed-in user
  'users:manage',
  'organizations:write',
  'directory:read', // organizations and people
  'people:write',
  'meetings:read',
  'meetings:write', // meetings, attendees, speeches
  'directives:read', // all of them, or (agency roles) those their organization leads or cooperates on
  'directives:write', // issue, edit, reassign
  'directives:assign_owner', // on directives their organization leads
  'directives:follow_up', // workflow transitions; which ones, on which directives: src/followup/workflow.ts and the access policy
  'directives:remind', // remind (đôn đốc) the lead agency of any directive they may read
  'directives:request_extension', // ask for a later deadline (gia hạn): the head of the lead agency, on its directives
  'directives:decide_extension', // approve or reject such a request
  'directives:report_progress', // progress reports on directives their organization leads or cooperates on
  'attachments:upload', // evidence files, usable only by their uploader until attached to a directive
  'reports:read', // overdue list, league table, a meeting's progress: every agency, or (agency roles) their own agency's rows
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Who may do what: the one table. Object-level limits (own agency) live in the services. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    'account:self',
    'users:manage',
    'organizations:write',
    'directory:read',
    'meetings:read',
    'directives:read',
    'reports:read',
    'audit:read',
  ],
  secretariat: [
    'account:self',
    'directory:read',
    'people:write',
    'meetings:read',
    'meetings:write',
    'directives:read',
    'reports:read',
    'directives:write',
    'directives:follow_up',
    'directives:remind',
    'attachments:upload',
  ],
  leader: [
    'account:self',
    'directory:read',
    'meetings:read',
    'directives:read',
    'reports:read',
    'directives:follow_up',
    'directives:remind',
    'directives:decide_extension',
    'attachments:upload',
    'audit:read',
  ],
  department_head: [
    'account:self',
    'directory:read',
    'meetings:read',
    'directives:read',
    'reports:read',
    'directives:assign_owner',
    'directives:follow_up',
    'directives:request_extension',
    'directives:report_progress',
    'attachments:upload',
  ],
  department_staff: [
    'account:self',
    'directory:read',
    'meetings:read',
    'directives:read',
    'reports:read',
    'directives:report_progress',
    'attachments:upload',
  ],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
