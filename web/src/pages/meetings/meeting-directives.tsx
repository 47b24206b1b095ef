import { Anchor, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { PRIORITY } from '../../i18n/labels';
import { CompletionBadge, DeadlineBadge, StatusBadge } from '../../ui/status-badges';
import type { Meeting } from './meeting-queries';

type Directive = Meeting['directives'][number];

export function MeetingDirectives({ directives, action }: { directives: Directive[]; action?: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ket-luan">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="ket-luan">
          Kết luận, nhiệm vụ được giao ({directives.length})
        </Title>
        {action}
      </Group>
      {directives.length === 0 ? (
        <Text c="dimmed" size="sm">
          Cuộc họp chưa giao nhiệm vụ nào (hoặc bạn không được xem).
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">TT</Table.Th>
                <Table.Th scope="col">Nhiệm vụ</Table.Th>
                <Table.Th scope="col">Cơ quan chủ trì</Table.Th>
                <Table.Th scope="col">Cơ quan phối hợp</Table.Th>
                <Table.Th scope="col">Người phụ trách</Table.Th>
                <Table.Th scope="col">Thời hạn</Table.Th>
                <Table.Th scope="col">Ưu tiên</Table.Th>
                <Table.Th scope="col">Tình trạng</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {directives.map((directive) => (
                <DirectiveRow key={directive.id} directive={directive} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function DirectiveRow({ directive }: { directive: Directive }) {
  return (
    <Table.Tr>
      <Table.Td>{directive.ordinal}</Table.Td>
      <Table.Td maw={360}>
        <Anchor component={Link} to={`/nhiem-vu/${directive.id}`} size="sm" fw={500}>
          {directive.title}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm" title={directive.leadOrganization.name}>
          {directive.leadOrganization.name}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {directive.cooperatingOrganizations.map((organization) => organization.shortName ?? organization.name).join(', ') || '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{directive.owner?.fullName ?? '—'}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{directive.dueDate ? formatDate(directive.dueDate) : 'Không thời hạn'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{PRIORITY[directive.priority]}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <StatusBadge status={directive.status} />
          {directive.deadlineStatus && <DeadlineBadge status={directive.deadlineStatus} />}
          {directive.completion && <CompletionBadge completion={directive.completion} />}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
