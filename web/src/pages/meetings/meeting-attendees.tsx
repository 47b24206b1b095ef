import { Group, Paper, Table, Text, Title } from '@mantine/core';
import { ATTENDEE_ROLE } from '../../i18n/labels';
import { AddToMeetingButton } from './edit/add-buttons';
import { AttendeeRoleSelect } from './edit/attendee-role-select';
import type { Meeting } from './meeting-queries';

export function MeetingAttendees({ meeting, editable }: { meeting: Meeting; editable: boolean }) {
  const attendees = meeting.attendees;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="thanh-phan">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="thanh-phan">
          Thành phần dự họp ({attendees.length})
        </Title>
        {editable && <AddToMeetingButton meeting={meeting} what="attendee" />}
      </Group>
      {attendees.length === 0 ? (
        <Text c="dimmed" size="sm">
          Chưa ghi thành phần dự họp.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Họ và tên</Table.Th>
                <Table.Th scope="col">Chức vụ</Table.Th>
                <Table.Th scope="col">Vai trò</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {attendees.map((attendee) => (
                <Table.Tr key={attendee.id}>
                  <Table.Td>
                    {attendee.person.fullName}
                    {!attendee.attended && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        (vắng mặt)
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{attendee.person.position ?? '—'}</Table.Td>
                  <Table.Td w={editable ? 200 : undefined}>
                    {editable ? <AttendeeRoleSelect meetingId={meeting.id} attendee={attendee} /> : ATTENDEE_ROLE[attendee.role]}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
