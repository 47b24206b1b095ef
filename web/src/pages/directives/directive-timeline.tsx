import { Paper, Text, Timeline, Title } from '@mantine/core';
import { formatDateTime } from '../../i18n/format';
import { QueryState } from '../../ui/query-state';
import { useTimeline } from './directive-queries';
import { describeEvent } from './timeline-event';

/** The story of the directive, oldest first: what happened, when, and who did it. */
export function DirectiveTimeline({ id }: { id: string }) {
  const timeline = useTimeline(id);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timeline-title">
      <Title order={2} size="h4" mb="md" id="timeline-title">
        Diễn biến thực hiện
      </Title>
      <QueryState query={timeline}>
        {(data) => (
          <>
            <Timeline bulletSize={14} lineWidth={2} active={data.events.length} aria-label="Diễn biến thực hiện">
              {data.events.map((event, index) => {
                const described = describeEvent(event);
                return (
                  <Timeline.Item key={index} title={described.title} color={described.color}>
                    <Text size="xs" c="dimmed">
                      <time dateTime={event.at}>{formatDateTime(event.at)}</time> · {event.actor?.displayName ?? 'Hệ thống'}
                    </Text>
                    {described.body}
                  </Timeline.Item>
                );
              })}
            </Timeline>
            {data.truncated && (
              <Text size="sm" c="dimmed" mt="sm">
                Nhiệm vụ có nhiều sự kiện hơn; chỉ hiển thị các sự kiện đầu tiên.
              </Text>
            )}
          </>
        )}
      </QueryState>
    </Paper>
  );
}
