import { NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import { problemOf } from '../../../api/problem';
import { ATTENDEE_ROLE, optionsOf, type AttendeeRole } from '../../../i18n/labels';
import { problemMessage } from '../../../i18n/problems';
import { MEETINGS_KEY, type Meeting } from '../meeting-queries';
import { useMeetingChanged } from './use-meeting-changed';

type Attendee = Meeting['attendees'][number];

/** Changes an attendee's role as soon as it is chosen; making someone chair makes the previous chair a member. */
export function AttendeeRoleSelect({ meetingId, attendee }: { meetingId: string; attendee: Attendee }) {
  const queryClient = useQueryClient();
  const changed = useMeetingChanged();
  const update = useMutation({
    mutationFn: async (role: AttendeeRole) =>
      unwrap(
        await api.PATCH('/api/v1/meetings/{meetingId}/attendees/{attendeeId}', {
          params: { path: { meetingId, attendeeId: attendee.id }, header: ifMatch(attendee.version) },
          body: { role },
        }),
      ),
    onSuccess: (saved) => changed(`${attendee.person.fullName}: ${ATTENDEE_ROLE[saved.role]}.`),
    // Refused (someone changed it meanwhile…): the select shows again what is recorded.
    onError: () => queryClient.invalidateQueries({ queryKey: MEETINGS_KEY }),
  });
  return (
    <NativeSelect
      aria-label={`Vai trò của ${attendee.person.fullName}`}
      data={optionsOf(ATTENDEE_ROLE)}
      value={update.isPending ? update.variables : attendee.role}
      disabled={update.isPending}
      error={update.isError ? problemMessage(problemOf(update.error)) : undefined}
      onChange={(event) => update.mutate(event.currentTarget.value as AttendeeRole)}
    />
  );
}
