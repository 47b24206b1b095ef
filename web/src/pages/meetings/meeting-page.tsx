import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useMe } from '../../auth/session';
import { MEETING_KIND, MEETING_STATUS } from '../../i18n/labels';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';
import { MeetingAttendees } from './meeting-attendees';
import { MeetingDirectives } from './meeting-directives';
import { MeetingDocuments } from './meeting-documents';
import { AddToMeetingButton } from './edit/add-buttons';
import { MeetingEditActions } from './edit/meeting-edit-actions';
import { MeetingProgressSummary } from './meeting-progress';
import { useMeeting, type Meeting } from './meeting-queries';
import { MeetingSpeeches } from './meeting-speeches';
import { formatMeetingTime } from './meeting-time';

export function MeetingPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const me = useMe();
  // The secretariat corrects and completes a recorded meeting; everyone else reads it.
  const editable = me.can('meetings:write');
  return (
    <QueryState query={meeting}>
      {(data) => (
        <Stack gap="lg">
          <div>
            <Anchor component={Link} to="/cuoc-hop" size="sm">
              ← Danh sách cuộc họp
            </Anchor>
            <PageTitle
              actions={
                <Group gap="xs">
                  <MeetingDocuments meeting={data} />
                  {editable && <MeetingEditActions meeting={data} />}
                </Group>
              }
            >
              {data.title}
            </PageTitle>
          </div>
          <MeetingDetails meeting={data} />
          <MeetingProgressSummary meetingId={data.id} />
          <MeetingDirectives
            directives={data.directives}
            action={editable && me.can('directives:write') && <AddToMeetingButton meeting={data} what="directive" />}
          />
          <MeetingAttendees meeting={data} editable={editable} />
          <MeetingSpeeches meeting={data} editable={editable} />
        </Stack>
      )}
    </QueryState>
  );
}

function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const facts: [string, React.ReactNode][] = [
    ['Thời gian', formatMeetingTime(meeting.startsAt, meeting.endsAt)],
    ['Địa điểm', meeting.location ?? '—'],
    ['Cơ quan tổ chức', meeting.organizer?.name ?? '—'],
    ['Chủ trì', meeting.chair ? `${meeting.chair.fullName}${meeting.chair.position ? `, ${meeting.chair.position}` : ''}` : '—'],
    ['Hình thức', meeting.kind ? MEETING_KIND[meeting.kind] : '—'],
    [
      'Trạng thái',
      <Badge key="status" variant="light" color={meeting.status === 'published' ? 'teal' : 'gray'}>
        {MEETING_STATUS[meeting.status]}
      </Badge>,
    ],
    [
      'Nguồn',
      meeting.sourceUrl ? (
        <Anchor key="source" href={meeting.sourceUrl} target="_blank" rel="noreferrer" style={{ wordBreak: 'break-all' }}>
          {meeting.sourceUrl}
        </Anchor>
      ) : (
        '—'
      ),
    ],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="thong-tin">
      <Title order={2} size="h4" id="thong-tin" mb="sm">
        Thông tin cuộc họp
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
        {facts.map(([label, value]) => (
          <Group key={label} gap="xs" wrap="nowrap" align="flex-start">
            <Text component="dt" size="sm" fw={600} miw={120}>
              {label}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {value}
            </Text>
          </Group>
        ))}
      </SimpleGrid>
      {meeting.summary && (
        <Text size="sm" mt="md" style={{ whiteSpace: 'pre-line' }}>
          {meeting.summary}
        </Text>
      )}
    </Paper>
  );
}
