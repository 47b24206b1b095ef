import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMe } from '../../auth/session';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';
import { organizationLabel } from '../../lib/organizations';
import { usePeoplePages } from './directory-queries';
import { LoadMore } from './load-more';
import { OrganizationSelect } from '../../ui/organization-pickers';
import { SearchField } from './search-field';
import { useFilters } from './use-filters';

/** Filters share the row and wrap on a phone. */
const FILTER_WIDTH = { flex: '1 1 16rem' };
const FILTERS = ['q', 'organizationId'] as const;

/** The people who attend meetings and own directives (cán bộ), searchable by name or position. */
export function PeoplePage() {
  const me = useMe();
  const [filters, setFilter] = useFilters(FILTERS);
  const pages = usePeoplePages({ q: filters.q || undefined, organizationId: filters.organizationId || undefined });

  return (
    <>
      <PageTitle
        actions={
          me.can('people:write') && (
            <Button component={Link} to="/nhan-su/moi" leftSection={<IconPlus size={16} aria-hidden />}>
              Thêm cán bộ
            </Button>
          )
        }
      >
        Cán bộ
      </PageTitle>
      <Group align="flex-end" mb="md" wrap="wrap" role="search" aria-label="Lọc danh sách cán bộ">
        <SearchField label="Tìm theo họ tên hoặc chức vụ" value={filters.q} onSearch={(q) => setFilter('q', q)} />
        <OrganizationSelect
          label="Cơ quan, đơn vị"
          placeholder="Tất cả cơ quan"
          style={FILTER_WIDTH}
          value={filters.organizationId || null}
          clearable
          onChange={(id) => setFilter('organizationId', id)}
        />
      </Group>
      <QueryState query={pages}>
        {(data) => {
          const people = data.pages.flatMap((page) => page.items);
          if (people.length === 0) return <Text>Không có cán bộ nào phù hợp.</Text>;
          return (
            <>
              <Table.ScrollContainer minWidth={560}>
                <Table striped highlightOnHover withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Họ và tên</Table.Th>
                      <Table.Th>Chức vụ</Table.Th>
                      <Table.Th>Cơ quan, đơn vị</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {people.map((person) => (
                      <Table.Tr key={person.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/nhan-su/${person.id}`}>
                            {person.fullName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{person.position}</Table.Td>
                        <Table.Td>{organizationLabel(person.organization)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <LoadMore
                shown={people.length}
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
