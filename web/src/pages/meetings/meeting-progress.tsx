import { Group, Paper, Progress, SimpleGrid, Text, Title } from '@mantine/core';
import { formatNumber } from '../../i18n/format';
import { DEADLINE_STATUS, DIRECTIVE_STATUS, type DeadlineStatus, type DirectiveStatus } from '../../i18n/labels';
import { QueryState } from '../../ui/query-state';
import { useMeetingProgress } from './meeting-queries';

/** How far the meeting's conclusions have got: the counts the API computes, as of today. */
export function MeetingProgressSummary({ meetingId }: { meetingId: string }) {
  const progress = useMeetingProgress(meetingId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tien-do">
      <Title order={2} size="h4" id="tien-do" mb="sm">
        Tiến độ thực hiện kết luận
      </Title>
      <QueryState query={progress}>
        {(data) => (
          <>
            <Group justify="space-between" mb={4}>
              <Text size="sm">
                {formatNumber(data.total)} nhiệm vụ
                {data.percentCompleted !== null && `, hoàn thành ${data.percentCompleted.toLocaleString('vi-VN')} %`}
              </Text>
            </Group>
            <Progress value={data.percentCompleted ?? 0} color="teal" aria-label="Tỷ lệ hoàn thành" mb="md" />
            <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="xs">
              {(Object.keys(DEADLINE_STATUS) as DeadlineStatus[])
                .filter((status) => (data.byDeadlineStatus[status] ?? 0) > 0)
                .map((status) => (
                  <Count key={status} label={DEADLINE_STATUS[status]} value={data.byDeadlineStatus[status] ?? 0} />
                ))}
              {(Object.keys(DIRECTIVE_STATUS) as DirectiveStatus[])
                .filter((status) => (data.byStatus[status] ?? 0) > 0)
                .map((status) => (
                  <Count key={status} label={DIRECTIVE_STATUS[status]} value={data.byStatus[status] ?? 0} />
                ))}
            </SimpleGrid>
          </>
        )}
      </QueryState>
    </Paper>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <Text size="xl" fw={700} lh={1.1}>
        {formatNumber(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </div>
  );
}
