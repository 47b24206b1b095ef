import { Anchor, Group, Select } from '@mantine/core';
import { Link } from 'react-router';
import { ORGANIZATION_KIND, optionsOf, type OrganizationKind } from '../../i18n/labels';
import { organizationLabel } from '../../lib/organizations';
import { OrganizationSelect } from '../../ui/organization-pickers';
import { useOrganizationPages, type Organization } from './directory-queries';
import { DirectoryTable, type Column } from './directory-table';
import { DirectoryTitle } from './directory-title';
import { SearchField } from './search-field';
import { useFilters } from './use-filters';

/** Filters share the row and wrap on a phone. */
const FILTER_WIDTH = { flex: '1 1 16rem' };
const FILTERS = ['q', 'kind', 'parentId'] as const;
const KIND_OPTIONS = optionsOf(ORGANIZATION_KIND);

const COLUMNS: Column<Organization>[] = [
  {
    header: 'Tên cơ quan, đơn vị',
    cell: (organization) => (
      <Anchor component={Link} to={`/co-quan/${organization.id}`}>
        {organization.name}
      </Anchor>
    ),
  },
  { header: 'Tên viết tắt', cell: (organization) => organization.shortName },
  { header: 'Loại', cell: (organization) => ORGANIZATION_KIND[organization.kind] },
  { header: 'Trực thuộc', cell: (organization) => organizationLabel(organization.parent) },
];

const isKind = (value: string): value is OrganizationKind => value in ORGANIZATION_KIND;

/** The organizations of the province (cơ quan, đơn vị): who directives can be given to. */
export function OrganizationsPage() {
  const [filters, setFilter] = useFilters(FILTERS);
  const pages = useOrganizationPages({
    q: filters.q || undefined,
    kind: isKind(filters.kind) ? filters.kind : undefined,
    parentId: filters.parentId || undefined,
  });

  return (
    <>
      <DirectoryTitle permission="organizations:write" addPath="/co-quan/moi" addLabel="Thêm cơ quan">
        Cơ quan, đơn vị
      </DirectoryTitle>
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
      <DirectoryTable pages={pages} columns={COLUMNS} empty="Không có cơ quan nào phù hợp." minWidth={640} />
    </>
  );
}
