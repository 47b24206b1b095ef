import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { organizationLabel } from '../../lib/organizations';
import type { Person } from './directory-queries';

export function PersonDetails({ person }: { person: Person }) {
  return (
    <Paper withBorder p="md" maw={640}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" component="dl" m={0}>
        <Text component="dt" fw={600}>
          Họ và tên
        </Text>
        <Text component="dd" m={0}>
          {person.fullName}
        </Text>
        <Text component="dt" fw={600}>
          Chức vụ
        </Text>
        <Text component="dd" m={0}>
          {person.position ?? '—'}
        </Text>
        <Text component="dt" fw={600}>
          Cơ quan, đơn vị
        </Text>
        <Text component="dd" m={0}>
          {person.organization ? (
            <Anchor component={Link} to={`/co-quan/${person.organization.id}`}>
              {organizationLabel(person.organization)}
            </Anchor>
          ) : (
            '—'
          )}
        </Text>
      </SimpleGrid>
      <Anchor component={Link} to="/nhan-su" mt="md" display="inline-block">
        Quay lại danh sách cán bộ
      </Anchor>
    </Paper>
  );
}
