import { Anchor, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ORGANIZATION_KIND } from '../../i18n/labels';
import { organizationLabel } from '../../lib/organizations';
import type { Organization } from './directory-queries';

export function OrganizationDetails({ organization }: { organization: Organization }) {
  const rows: [string, string][] = [
    ['Tên cơ quan, đơn vị', organization.name],
    ['Tên viết tắt', organization.shortName ?? '—'],
    ['Loại', ORGANIZATION_KIND[organization.kind]],
    ['Trực thuộc', organizationLabel(organization.parent) || '—'],
  ];
  return (
    <Paper withBorder p="md" maw={640}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" component="dl" m={0}>
        {rows.flatMap(([label, value]) => [
          <Text key={`${label}-dt`} component="dt" fw={600}>
            {label}
          </Text>,
          <Text key={`${label}-dd`} component="dd" m={0}>
            {value}
          </Text>,
        ])}
      </SimpleGrid>
      <Group mt="md">
        <Anchor component={Link} to={`/nhan-su?organizationId=${organization.id}`}>
          Cán bộ của cơ quan này
        </Anchor>
        <Anchor component={Link} to="/co-quan">
          Quay lại danh sách cơ quan
        </Anchor>
      </Group>
    </Paper>
  );
}
