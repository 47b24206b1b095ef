import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ROLE, type Role } from '../../i18n/labels';
import { OrganizationSelect } from '../../ui/organization-pickers';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';
import { LoadMore } from '../directory/load-more';
import { useFilters } from '../directory/use-filters';
import { AccountStatusBadge } from './account-status-badge';
import { RoleSelect } from './role-select';
import { useUserPages } from './users-queries';

const FILTERS = ['role', 'organizationId'] as const;

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
      <QueryState query={pages}>
        {(data) => {
          const users = data.pages.flatMap((page) => page.items);
          if (users.length === 0) return <Text>Không có tài khoản nào phù hợp.</Text>;
          return (
            <>
              <Table.ScrollContainer minWidth={720}>
                <Table striped highlightOnHover withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Tên đăng nhập</Table.Th>
                      <Table.Th>Tên hiển thị</Table.Th>
                      <Table.Th>Vai trò</Table.Th>
                      <Table.Th>Cơ quan, đơn vị</Table.Th>
                      <Table.Th>Trạng thái</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {users.map((user) => (
                      <Table.Tr key={user.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/tai-khoan/${user.id}`}>
                            {user.username}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{user.displayName}</Table.Td>
                        <Table.Td>{ROLE[user.role]}</Table.Td>
                        <Table.Td>{user.organization?.name ?? ''}</Table.Td>
                        <Table.Td>
                          <AccountStatusBadge active={user.active} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <LoadMore
                shown={users.length}
                hasMore={pages.hasNextPage}
                loading={pages.isFetchingNextPage}
                error={pages.isFetchNextPageError ? pages.error : null}
                onMore={() => void pages.fetchNextPage()}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
