import { Anchor, Button, Group, Select, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMe } from '../../auth/session';
import { ORGANIZATION_KIND, optionsOf, type OrganizationKind } from '../../i18n/labels';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';
import { organizationLabel } from '../../lib/organizations';
import { useOrganizationPages } from './directory-queries';
import { LoadMore } from './load-more';
import { OrganizationSelect } from '../../ui/organization-pickers';
import { SearchField } from './search-field';
import { useFilters } from './use-filters';

/** Filters share the row and wrap on a phone. */
const FILTER_WIDTH = { flex: '1 1 16rem' };
const FILTERS = ['q', 'kind', 'parentId'] as const;
const KIND_OPTIONS = optionsOf(ORGANIZATION_KIND);

const isKind = (value: string): value is OrganizationKind => value in ORGANIZATION_KIND;

/** The organizations of the province (cơ quan, đơn vị): who directives can be given to. */
export function OrganizationsPage() {
  const me = useMe();
  const [filters, setFilter] = useFilters(FILTERS);
  const pages = useOrganizationPages({
    q: filters.q || undefined,
    kind: isKind(filters.kind) ? filters.kind : undefined,
    parentId: filters.parentId || undefined,
  });

  return (
    <>
      <PageTitle
        actions={
          me.can('organizations:write') && (
            <Button component={Link} to="/co-quan/moi" leftSection={<IconPlus size={16} aria-hidden />}>
              Thêm cơ quan
            </Button>
          )
        }
      >
        Cơ quan, đơn vị
      </PageTitle>
      <Group align="flex-end" mb="md" wrap="wrap" role="search" aria-label="Lọc danh sách cơ quan">
        <SearchField label="Tìm theo tên hoặc tên viết tắt" value={filters.q} onSearch={(q) => setFilter('q', q)} />
        <Select
          label="Loại cơ quan"
          placeholder="Tất cả các loại"
          style={FILTER_WIDTH}
          data={KIND_OPTIONS}
          value={isKind(filters.kind) ? filters.kind : null}
          onChange={(kind) => setFilter('kind', kind)}
          clearable
          clearButtonProps={{ 'aria-label': 'Bỏ chọn loại cơ quan' }}
        />
        <OrganizationSelect
          label="Trực thuộc"
          placeholder="Mọi cơ quan cấp trên"
          style={FILTER_WIDTH}
          value={filters.parentId || null}
          clearable
          onChange={(id) => setFilter('parentId', id)}
        />
      </Group>
      <QueryState query={pages}>
        {(data) => {
          const organizations = data.pages.flatMap((page) => page.items);
          if (organizations.length === 0) return <Text>Không có cơ quan nào phù hợp.</Text>;
          return (
            <>
              <Table.ScrollContainer minWidth={640}>
                <Table striped highlightOnHover withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Tên cơ quan, đơn vị</Table.Th>
                      <Table.Th>Tên viết tắt</Table.Th>
                      <Table.Th>Loại</Table.Th>
                      <Table.Th>Trực thuộc</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {organizations.map((organization) => (
                      <Table.Tr key={organization.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/co-quan/${organization.id}`}>
                            {organization.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{organization.shortName}</Table.Td>
                        <Table.Td>{ORGANIZATION_KIND[organization.kind]}</Table.Td>
                        <Table.Td>{organizationLabel(organization.parent)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <LoadMore
                shown={organizations.length}
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
