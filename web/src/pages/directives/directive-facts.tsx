import { Alert, Anchor, DataList, Group, Paper, Progress, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../i18n/format';
import { PRIORITY } from '../../i18n/labels';
import { CompletionBadge } from '../../ui/status-badges';
import type { Directive } from './directive-queries';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

const dimmed = (text: string) => (
  <Text span size="sm" c="dimmed">
    {text}
  </Text>
);

/** Where the directive came from, who answers for it, by when, and how far it is. */
export function DirectiveFacts({ directive }: { directive: Directive }) {
  const phone = useMediaQuery('(max-width: 36em)');
  const { meeting, owner, pendingExtension } = directive;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="facts-title">
      <Title order={2} size="h4" mb="md" id="facts-title">
        Thông tin nhiệm vụ
      </Title>
      <DataList orientation={phone ? 'vertical' : 'horizontal'} labelWidth={190} gap="sm">
        <Fact label="Cuộc họp">
          <Anchor component={Link} to={`/cuoc-hop/${meeting.id}`}>
            {meeting.title}
          </Anchor>{' '}
          {dimmed(`(${formatDate(meeting.startsAt)}, kết luận số ${directive.ordinal})`)}
        </Fact>
        {directive.description && (
          <Fact label="Mô tả chi tiết">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {directive.description}
            </Text>
          </Fact>
        )}
        <Fact label="Cơ quan chủ trì">{directive.leadOrganization.name}</Fact>
        <Fact label="Cơ quan phối hợp">
          {directive.cooperatingOrganizations.length > 0
            ? directive.cooperatingOrganizations.map((organization) => organization.name).join('; ')
            : dimmed('Không có')}
        </Fact>
        <Fact label="Người xử lý">
          {owner ? `${owner.fullName}${owner.position ? ` — ${owner.position}` : ''}` : dimmed('Chưa phân công')}
        </Fact>
        {directive.issuedBy && <Fact label="Người chỉ đạo">{directive.issuedBy.fullName}</Fact>}
        <Fact label="Thời hạn">
          {directive.dueDate ? formatDate(directive.dueDate) : dimmed('Không thời hạn')}
          {directive.originalDueDate !== directive.dueDate && directive.originalDueDate && (
            <> {dimmed(`(ban đầu: ${formatDate(directive.originalDueDate)}; đã gia hạn ${directive.extensionCount} lần)`)}</>
          )}
        </Fact>
        <Fact label="Mức độ ưu tiên">{PRIORITY[directive.priority]}</Fact>
        <Fact label="Tiến độ">
          {directive.completion ? (
            <CompletionBadge completion={directive.completion} />
          ) : (
            <Group gap="sm" wrap="nowrap" maw={360}>
              <Progress
                value={directive.progressPercent ?? 0}
                color="teal"
                size="lg"
                style={{ flex: 1, minWidth: 100 }}
                aria-label="Tiến độ thực hiện"
              />
              <Text size="sm" fw={600} miw={48} ta="right">
                {directive.progressPercent === null ? '—' : `${directive.progressPercent} %`}
              </Text>
            </Group>
          )}
        </Fact>
        <Fact label="Báo cáo gần nhất">{directive.lastReportedAt ? formatDateTime(directive.lastReportedAt) : dimmed('Chưa báo cáo')}</Fact>
        {directive.submittedAt && <Fact label="Báo cáo hoàn thành lúc">{formatDateTime(directive.submittedAt)}</Fact>}
        {directive.completedAt && <Fact label="Xác nhận hoàn thành lúc">{formatDateTime(directive.completedAt)}</Fact>}
        <Fact label="Số lần đôn đốc">
          {directive.reminderCount}
          {directive.lastRemindedAt && <> {dimmed(`(lần gần nhất ${formatDateTime(directive.lastRemindedAt)})`)}</>}
        </Fact>
        {directive.reviewedAtMeetings.length > 0 && (
          <Fact label="Được kiểm điểm tại">
            {directive.reviewedAtMeetings.map((review, index) => (
              <span key={review.id}>
                {index > 0 && '; '}
                <Anchor component={Link} to={`/cuoc-hop/${review.id}`}>
                  {review.title}
                </Anchor>
              </span>
            ))}
          </Fact>
        )}
      </DataList>
      {pendingExtension && (
        <Alert color="orange" mt="md" title="Đề nghị gia hạn đang chờ quyết định">
          <Text size="sm">
            Đề nghị gia hạn đến <strong>{formatDate(pendingExtension.proposedDueDate)}</strong> (gửi lúc{' '}
            {formatDateTime(pendingExtension.requestedAt)}).
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            Lý do: {pendingExtension.reason}
          </Text>
        </Alert>
      )}
    </Paper>
  );
}
