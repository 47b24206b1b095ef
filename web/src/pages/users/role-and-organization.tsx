import type { Role } from '../../i18n/labels';
import { OrganizationSelect } from '../../ui/organization-pickers';
import { RoleSelect } from './role-select';
import { isAgencyRole } from './users-queries';

/**
 * The role, and the agency for the roles that act for one (department head and staff): asked
 * only then, since the other roles see every agency.
 */
export function RoleAndOrganization({
  role,
  organizationId,
  onRole,
  onOrganization,
  errors,
}: {
  role: Role | null;
  organizationId: string | null;
  onRole(role: Role | null): void;
  onOrganization(id: string | null): void;
  errors: { role?: string; organizationId?: string };
}) {
  return (
    <>
      <RoleSelect label="Vai trò" required value={role} onChange={onRole} error={errors.role} />
      {isAgencyRole(role) && (
        <OrganizationSelect
          label="Cơ quan, đơn vị"
          description="Người này theo dõi và báo cáo các nhiệm vụ của cơ quan này."
          placeholder="Gõ để tìm cơ quan"
          required
          value={organizationId}
          onChange={onOrganization}
          error={errors.organizationId}
        />
      )}
    </>
  );
}
