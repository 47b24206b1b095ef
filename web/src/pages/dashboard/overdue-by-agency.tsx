import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../i18n/format';
import { directiveListLink } from '../../lib/directive-query';
import { QueryState } from '../../ui/query-state';
import { mergeGroups, useOverdueReport, type OverdueGroup } from './use-overdue-report';

/** The overdue directives by lead agency, the agency with the longest-overdue one first (the report's order). */
export function OverdueByAgency() {
  const report = useOverdueReport();
  return (
    <Stack component="section" aria-labelledby="qua-han-theo-don-vi" gap="sm">
      <Title order={2} size="h3" id="qua-han-theo-don-vi">
        Quá hạn theo đơn vị
      </Title>
      <QueryState query={report}>
        {(data) => {
          const groups = mergeGroups(data.pages);
          if (groups.length === 0) return <Text>Không có nhiệm vụ nào quá hạn.</Text>;
          return (
            <>
              {groups.map((group) => (
                <AgencyOverdue key={group.leadOrganization.id} group={group} />
              ))}
              {report.hasNextPage && (
                <Button
                  variant="default"
                  onClick={() => void report.fetchNextPage()}
                  loading={report.isFetchingNextPage}
                  style={{ alignSelf: 'flex-start' }}
                >
                  Xem thêm nhiệm vụ quá hạn
                </Button>
              )}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

function AgencyOverdue({ group }: { group: OverdueGroup }) {
  const agency = group.leadOrganization;
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Group gap="xs">
          <Title order={3} size="h5">
            {agency.name}
          </Title>
          <Badge color="red" variant="filled">
            {formatNumber(group.count)} quá hạn
          </Badge>
        </Group>
        <Anchor component={Link} to={directiveListLink({ deadlineStatus: 'overdue', leadOrganizationId: agency.id })} size="sm">
          Mở danh sách
          <VisuallyHidden> nhiệm vụ quá hạn của {agency.name}</VisuallyHidden>
        </Anchor>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Nhiệm vụ</Table.Th>
              <Table.Th scope="col">Hạn</Table.Th>
              <Table.Th scope="col">Quá hạn</Table.Th>
              <Table.Th scope="col">Người xử lý</Table.Th>
              <Table.Th scope="col" ta="right">
                Tiến độ
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.directives.map((directive) => (
              <Table.Tr key={directive.id}>
                <Table.Td maw={420}>
                  <Anchor component={Link} to={`/nhiem-vu/${directive.id}`} size="sm">
                    {directive.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDate(directive.dueDate)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatNumber(directive.daysOverdue)} ngày</Table.Td>
                <Table.Td>{directive.owner?.fullName ?? '—'}</Table.Td>
                <Table.Td ta="right">{directive.progressPercent === null ? '—' : `${directive.progressPercent} %`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
