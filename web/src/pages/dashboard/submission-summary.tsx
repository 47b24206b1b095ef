import { Anchor, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format';
import { AttachmentList } from '../directives/attachment-link';
import { type TimelineEvent, useTimeline } from '../directives/directive-queries';

type Submission = Extract<TimelineEvent, { kind: 'transitioned' }>;

/** The step that put the directive before the leader: its latest submission. */
function latestSubmission(events: TimelineEvent[]): Submission | undefined {
  return events.findLast((event): event is Submission => event.kind === 'transitioned' && event.action === 'submit');
}

/**
 * What the agency sent when it reported the directive done (its note and evidence files), so a
 * leader confirms knowing what was submitted; the directive's page has the whole story.
 */
export function SubmissionSummary({ directiveId }: { directiveId: string }) {
  const timeline = useTimeline(directiveId);
  const submission = timeline.data && latestSubmission(timeline.data.events);
  const page = (
    <Anchor component={Link} to={`/nhiem-vu/${directiveId}`} size="sm">
      Xem toàn bộ quá trình thực hiện
    </Anchor>
  );
  if (timeline.isPending) {
    return (
      <Text size="sm" c="dimmed" role="status">
        <Loader size="xs" mr={6} aria-hidden />
        Đang tải nội dung báo cáo hoàn thành…
      </Text>
    );
  }
  if (!submission) {
    return (
      <Text size="sm">
        {timeline.isError ? 'Không tải được nội dung báo cáo hoàn thành.' : 'Không có nội dung báo cáo kèm theo.'} {page}
      </Text>
    );
  }
  return (
    <Stack gap={2} p="xs" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
      <Text size="sm" fw={600}>
        Báo cáo hoàn thành{submission.actor && ` của ${submission.actor.displayName}`} ({formatDateTime(submission.at)})
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {submission.note ?? 'Không có ghi chú.'}
      </Text>
      {submission.attachments.length > 0 ? (
        <AttachmentList attachments={submission.attachments} />
      ) : (
        <Text size="sm" c="dimmed">
          Không có tệp minh chứng.
        </Text>
      )}
      {page}
    </Stack>
  );
}
