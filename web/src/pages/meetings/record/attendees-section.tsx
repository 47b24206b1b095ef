import { ActionIcon, Button, Group, NativeSelect, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus, IconX } from '@tabler/icons-react';
import { useMe } from '../../../auth/session';
import { ATTENDEE_ROLE, optionsOf, type AttendeeRole } from '../../../i18n/labels';
import { CreatePersonModal } from './create-person-modal';
import { FormSection } from './form-section';
import { newItemKey, type MeetingDraft } from './meeting-draft';
import { PersonPicker, type Person } from './person-picker';

export function AttendeesSection({ form }: { form: UseFormReturnType<MeetingDraft> }) {
  const me = useMe();
  const [creating, { open, close }] = useDisclosure(false);
  const attendees = form.values.attendees;

  function add(person: Person) {
    // The first person added chairs until someone else is made chair: most minutes start with the chair.
    const role: AttendeeRole = attendees.some((attendee) => attendee.role === 'chair') ? 'member' : 'chair';
    form.insertListItem('attendees', {
      key: newItemKey(),
      personId: person.id,
      fullName: person.fullName,
      position: person.position,
      role,
    });
    form.clearFieldError('attendees');
  }

  /** Exactly one chair: making someone chair makes the previous chair a member. */
  function setRole(index: number, role: AttendeeRole) {
    form.setFieldValue(
      'attendees',
      attendees.map((attendee, i) =>
        i === index ? { ...attendee, role } : role === 'chair' && attendee.role === 'chair' ? { ...attendee, role: 'member' } : attendee,
      ),
    );
    form.clearFieldError('attendees');
  }

  return (
    <FormSection title={`Thành phần dự họp (${attendees.length})`}>
      <Stack gap="sm">
        <Group align="flex-end" wrap="wrap">
          <div style={{ flex: '1 1 320px' }}>
            <PersonPicker label="Thêm người dự họp" exclude={attendees.map((attendee) => attendee.personId)} onPick={add} />
          </div>
          {me.can('people:write') && (
            <Button variant="light" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={open}>
              Tạo cán bộ mới
            </Button>
          )}
        </Group>
        {typeof form.errors.attendees === 'string' && (
          <Text c="red.8" size="sm" role="alert">
            {form.errors.attendees}
          </Text>
        )}
        {attendees.length > 0 && (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Họ và tên, chức vụ</Table.Th>
                  <Table.Th scope="col">Vai trò</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Bỏ khỏi danh sách</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {attendees.map((attendee, index) => (
                  <Table.Tr key={attendee.key}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {attendee.fullName}
                      </Text>
                      {attendee.position && (
                        <Text size="xs" c="dimmed">
                          {attendee.position}
                        </Text>
                      )}
                      {form.errors[`attendees.${index}.personId`] && (
                        <Text size="xs" c="red.8" role="alert">
                          {form.errors[`attendees.${index}.personId`]}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td w={200}>
                      <NativeSelect
                        aria-label={`Vai trò của ${attendee.fullName}`}
                        data={optionsOf(ATTENDEE_ROLE)}
                        value={attendee.role}
                        onChange={(event) => setRole(index, event.currentTarget.value as AttendeeRole)}
                      />
                    </Table.Td>
                    <Table.Td w={48}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Bỏ ${attendee.fullName} khỏi danh sách dự họp`}
                        onClick={() => form.removeListItem('attendees', index)}
                      >
                        <IconX size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <CreatePersonModal opened={creating} onClose={close} onCreated={add} />
    </FormSection>
  );
}
