import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { components } from '../api/schema';
import { formatDate } from '../i18n/format';
import { DeadlineOrCompletion, shownProgress } from './directive-standing';
import { StatusBadge } from './status-badges';

export type DirectiveRow = components['schemas']['DirectiveResponseDto'];

/** The directives as a table for wide screens: each title opens the directive's page. */
export function DirectiveTable({ directives, caption }: { directives: DirectiveRow[]; caption: string }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Nhiệm vụ</Table.Th>
            <Table.Th scope="col">Cuộc họp</Table.Th>
            <Table.Th scope="col">Cơ quan chủ trì</Table.Th>
            <Table.Th scope="col">Người xử lý</Table.Th>
            <Table.Th scope="col">Hạn</Table.Th>
            <Table.Th scope="col">Trạng thái</Table.Th>
            <Table.Th scope="col">Tình trạng hạn</Table.Th>
            <Table.Th scope="col" ta="right">
              Tiến độ
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {directives.map((directive) => (
            <Table.Tr key={directive.id}>
              <Table.Td maw={360}>
                <Anchor component={Link} to={`/nhiem-vu/${directive.id}`} size="sm" fw={600}>
                  {directive.title}
                </Anchor>
              </Table.Td>
              <Table.Td maw={240}>
                <Text size="sm" lineClamp={2}>
                  {directive.meeting.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDate(directive.meeting.startsAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={directive.leadOrganization.name}>
                  {directive.leadOrganization.shortName ?? directive.leadOrganization.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{directive.owner?.fullName ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {directive.dueDate ? formatDate(directive.dueDate) : 'Không thời hạn'}
                </Text>
              </Table.Td>
              {/* Wide enough for the longest status ("Đang thực hiện"): a badge would rather cut its label than wrap. */}
              <Table.Td miw={150}>
                <StatusBadge status={directive.status} />
              </Table.Td>
              <Table.Td miw={140}>
                {directive.deadlineStatus || directive.completion ? <DeadlineOrCompletion directive={directive} /> : '—'}
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{shownProgress(directive) === null ? '—' : `${shownProgress(directive)} %`}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
