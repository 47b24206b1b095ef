import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';
import { organizationLabel } from '../../lib/organizations';
import { OrganizationSelect } from '../../ui/organization-pickers';
import { usePeoplePages, type Person } from './directory-queries';
import { DirectoryTable, type Column } from './directory-table';
import { DirectoryTitle } from './directory-title';
import { SearchField } from './search-field';
import { useFilters } from './use-filters';

/** Filters share the row and wrap on a phone. */
const FILTER_WIDTH = { flex: '1 1 16rem' };
const FILTERS = ['q', 'organizationId'] as const;

const COLUMNS: Column<Person>[] = [
  {
    header: 'Họ và tên',
    cell: (person) => (
      <Anchor component={Link} to={`/nhan-su/${person.id}`}>
        {person.fullName}
      </Anchor>
    ),
  },
  { header: 'Chức vụ', cell: (person) => person.position },
  { header: 'Cơ quan, đơn vị', cell: (person) => organizationLabel(person.organization) },
];

/** The people who attend meetings and own directives (cán bộ), searchable by name or position. */
export function PeoplePage() {
  const [filters, setFilter] = useFilters(FILTERS);
  const pages = usePeoplePages({ q: filters.q || undefined, organizationId: filters.organizationId || undefined });

  return (
    <>
      <DirectoryTitle permission="people:write" addPath="/nhan-su/moi" addLabel="Thêm cán bộ">
        Cán bộ
      </DirectoryTitle>
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
      <DirectoryTable pages={pages} columns={COLUMNS} empty="Không có cán bộ nào phù hợp." minWidth={560} />
    </>
  );
}
