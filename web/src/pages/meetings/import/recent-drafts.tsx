import { Anchor, Badge, Button, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../i18n/format';
import { QueryState } from '../../../ui/query-state';
import { DiscardDraftDialog } from './discard-draft-dialog';
import { IMPORTS_KEY, listDrafts, type ImportSummary } from './import-api';

const STATUS: Record<ImportSummary['status'], { label: string; color: string }> = {
  draft: { label: 'Bản nháp', color: 'blue' },
  confirmed: { label: 'Đã ghi nhận', color: 'green' },
  discarded: { label: 'Đã bỏ', color: 'gray' },
};

/** "Bản nháp gần đây": a draft left half-checked is found again here, a confirmed one leads to its meeting. */
export function RecentDrafts() {
  const query = useQuery({ queryKey: IMPORTS_KEY, queryFn: listDrafts });
  const [discarding, setDiscarding] = useState<ImportSummary | null>(null);
  return (
    <section aria-labelledby="recent-drafts">
      <Title order={2} size="h4" id="recent-drafts" mb="xs">
        Bản nháp gần đây
      </Title>
      <QueryState query={query}>
        {(drafts) =>
          drafts.length === 0 ? (
            <Text size="sm" c="dimmed">
              Chưa có bản nháp nào.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Cuộc họp</Table.Th>
                    <Table.Th>Ngày họp</Table.Th>
                    <Table.Th>Trạng thái</Table.Th>
                    <Table.Th>Tạo lúc</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Thao tác</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {drafts.map((draft) => (
                    <Table.Tr key={draft.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/cuoc-hop/nhap/${draft.id}`} size="sm">
                          {draft.title ?? 'Bản nháp chưa có tên'}
                        </Anchor>
                        {/* Two drafts of one meeting read alike: where each came from tells them apart. */}
                        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {draft.fileName ? `Tệp: ${draft.fileName}` : draft.sourceUrl ? `Nguồn: ${draft.sourceUrl}` : 'Văn bản dán vào'}
                        </Text>
                      </Table.Td>
                      <Table.Td>{draft.startsAt ? formatDateTime(draft.startsAt) : '—'}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={STATUS[draft.status].color}>
                          {STATUS[draft.status].label}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{formatDateTime(draft.createdAt)}</Table.Td>
                      <Table.Td>
                        {draft.status === 'confirmed' && draft.meetingId && (
                          <Anchor component={Link} to={`/cuoc-hop/${draft.meetingId}`} size="sm">
                            Mở cuộc họp
                          </Anchor>
                        )}
                        {draft.status === 'draft' && (
                          <Button
                            variant="subtle"
                            color="red"
                            size="compact-sm"
                            aria-label={`Bỏ bản nháp ${draft.title ?? ''}`.trim()}
                            onClick={() => setDiscarding(draft)}
                          >
                            Bỏ bản nháp
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      {discarding && <DiscardDraftDialog draft={discarding} onClose={() => setDiscarding(null)} />}
    </section>
  );
}
