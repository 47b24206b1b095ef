import { NativeSelect, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { ATTENDEE_ROLE, optionsOf, type AttendeeRole } from '../../../i18n/labels';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { ActionModal } from '../../directives/action-modal';
import type { Meeting } from '../meeting-queries';
import { PersonPicker, type Person } from '../record/person-picker';
import { useMeetingChanged } from './use-meeting-changed';

/** Someone left out of the minutes. Adding them as chair makes the previous chair a member. */
export function AddAttendeeDialog({ meeting, onClose }: { meeting: Meeting; onClose(): void }) {
  const [person, setPerson] = useState<Person | null>(null);
  const [role, setRole] = useState<AttendeeRole>('member');
  const [missing, setMissing] = useState(false);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const changed = useMeetingChanged();
  const add = useMutation({
    mutationFn: async (chosen: Person) =>
      unwrap(
        await api.POST('/api/v1/meetings/{meetingId}/attendees', {
          params: { path: { meetingId: meeting.id }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { personId: chosen.id, role },
        }),
      ),
    onSuccess: async () => {
      onClose();
      await changed(`Đã thêm ${person?.fullName ?? 'người dự họp'} vào thành phần dự họp.`);
    },
  });

  function submit() {
    setMissing(person === null);
    if (person) add.mutate(person);
  }

  return (
    <ActionModal title="Thêm người dự họp" submitLabel="Thêm" onClose={onClose} onSubmit={submit} busy={add.isPending} error={add.error}>
      <PersonPicker
        label="Người dự họp"
        exclude={meeting.attendees.map((attendee) => attendee.person.id)}
        onPick={(picked) => {
          setPerson(picked);
          setMissing(false);
        }}
      />
      {person ? (
        <Text size="sm" role="status">
          Đã chọn: <strong>{person.fullName}</strong>
          {person.position && `, ${person.position}`}
        </Text>
      ) : (
        missing && (
          <Text size="sm" c="red.8" role="alert">
            Chọn người dự họp.
          </Text>
        )
      )}
      <NativeSelect
        label="Vai trò"
        data={optionsOf(ATTENDEE_ROLE)}
        value={role}
        onChange={(event) => setRole(event.currentTarget.value as AttendeeRole)}
      />
    </ActionModal>
  );
}
