import { Anchor, Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ROLE, type Role } from '../../i18n/labels';
import { OrganizationSelect } from '../../ui/organization-pickers';
import { PageTitle } from '../../ui/page-title';
import { DirectoryTable, type Column } from '../directory/directory-table';
import { useFilters } from '../directory/use-filters';
import { AccountStatusBadge } from './account-status-badge';
import { RoleSelect } from './role-select';
import { useUserPages, type User } from './users-queries';

const FILTERS = ['role', 'organizationId'] as const;

const COLUMNS: Column<User>[] = [
  {
    header: 'Tên đăng nhập',
    cell: (user) => (
      <Anchor component={Link} to={`/tai-khoan/${user.id}`}>
        {user.username}
      </Anchor>
    ),
  },
  { header: 'Tên hiển thị', cell: (user) => user.displayName },
  { header: 'Vai trò', cell: (user) => ROLE[user.role] },
  { header: 'Cơ quan, đơn vị', cell: (user) => user.organization?.name ?? '' },
  { header: 'Trạng thái', cell: (user) => <AccountStatusBadge active={user.active} /> },
];

/** Every account, by username, filtered by role and agency (the API has no search by name). */
export function UsersPage() {
  const [filters, setFilter] = useFilters(FILTERS);
  const role = (filters.role || null) as Role | null;
  const pages = useUserPages({ role: role ?? undefined, organizationId: filters.organizationId || undefined });

  return (
    <>
      <PageTitle
        actions={
          <Button component={Link} to="/tai-khoan/moi" leftSection={<IconPlus size={16} aria-hidden />}>
            Tạo tài khoản
          </Button>
        }
      >
        Tài khoản người dùng
      </PageTitle>
      <Group align="flex-end" mb="md" wrap="wrap" role="search" aria-label="Lọc danh sách tài khoản">
        <RoleSelect
          label="Vai trò"
          placeholder="Tất cả vai trò"
          style={{ flex: '1 1 14rem' }}
          value={role}
          onChange={(next) => setFilter('role', next)}
        />
        <OrganizationSelect
          label="Cơ quan, đơn vị"
          placeholder="Tất cả cơ quan"
          style={{ flex: '1 1 16rem' }}
          clearable
          clearButtonProps={{ 'aria-label': 'Bỏ chọn cơ quan, đơn vị' }}
          value={filters.organizationId || null}
          onChange={(id) => setFilter('organizationId', id)}
        />
      </Group>
      <DirectoryTable pages={pages} columns={COLUMNS} empty="Không có tài khoản nào phù hợp." minWidth={720} />
    </>
  );
}
