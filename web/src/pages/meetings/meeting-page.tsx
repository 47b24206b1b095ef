import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatDateTime, formatTime } from '../../i18n/format';
import { MEETING_KIND, MEETING_STATUS } from '../../i18n/labels';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';
import { MeetingAttendees } from './meeting-attendees';
import { MeetingDirectives } from './meeting-directives';
import { MeetingDocuments } from './meeting-documents';
import { MeetingProgressSummary } from './meeting-progress';
import { useMeeting, type Meeting } from './meeting-queries';
import { MeetingSpeeches } from './meeting-speeches';

export function MeetingPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  return (
    <QueryState query={meeting}>
      {(data) => (
        <Stack gap="lg">
          <div>
            <Anchor component={Link} to="/cuoc-hop" size="sm">
              ← Danh sách cuộc họp
            </Anchor>
            <PageTitle actions={<MeetingDocuments meeting={data} />}>{data.title}</PageTitle>
          </div>
          <MeetingDetails meeting={data} />
          <MeetingProgressSummary meetingId={data.id} />
          <MeetingDirectives directives={data.directives} />
          <MeetingAttendees attendees={data.attendees} />
          <MeetingSpeeches speeches={data.speeches} />
        </Stack>
      )}
    </QueryState>
  );
}

function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const sameDay = meeting.endsAt && meeting.endsAt.slice(0, 10) === meeting.startsAt.slice(0, 10);
  const when = meeting.endsAt
    ? `${formatDateTime(meeting.startsAt)} – ${sameDay ? formatTime(meeting.endsAt) : formatDateTime(meeting.endsAt)}`
    : formatDateTime(meeting.startsAt);
  const facts: [string, React.ReactNode][] = [
    ['Thời gian', when],
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
