import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { applyFieldErrors } from '../../../ui/form-errors';
import { ActionModal } from '../../directives/action-modal';
import type { Meeting } from '../meeting-queries';
import { DirectiveItem } from '../record/directive-item';
import { emptyDirective, emptyDraft, formPathOf, toDirectiveBody, validateDirective, type MeetingDraft } from '../record/meeting-draft';
import { useMeetingChanged } from './use-meeting-changed';

const PATH = 'directives.0';

/**
 * A conclusion given in a meeting already recorded, with the record form's own fields. The form
 * holds the meeting's people and speeches (each speech keyed by its id) so its speech can be chosen.
 */
function draftOf(meeting: Meeting): MeetingDraft {
  const people = new Map(meeting.attendees.map((attendee) => [attendee.person.id, attendee.person]));
  for (const speech of meeting.speeches) if (!people.has(speech.speaker.id)) people.set(speech.speaker.id, speech.speaker);
  return {
    ...emptyDraft(),
    attendees: [...people.values()].map((person) => ({
      key: person.id,
      personId: person.id,
      fullName: person.fullName,
      position: person.position,
      role: 'member',
    })),
    speeches: meeting.speeches.map((speech) => ({
      key: speech.id,
      speakerId: speech.speaker.id,
      kind: speech.kind,
      text: speech.text ?? '',
    })),
    directives: [emptyDirective()],
  };
}

export function AddDirectiveDialog({ meeting, onClose }: { meeting: Meeting; onClose(): void }) {
  const queryClient = useQueryClient();
  const changed = useMeetingChanged();
  const form = useForm<MeetingDraft>({
    initialValues: draftOf(meeting),
    validate: (values) => validateDirective(values.directives[0]!, PATH),
  });
  const issue = useMutation({
    mutationFn: async (draft: MeetingDraft) => {
      const directive = draft.directives[0]!;
      return unwrap(
        await api.POST('/api/v1/meetings/{meetingId}/directives', {
          params: { path: { meetingId: meeting.id }, header: { 'Idempotency-Key': draft.idempotencyKey } },
          body: { ...toDirectiveBody(directive), sourceSpeechId: directive.sourceSpeechKey || null },
        }),
      );
    },
    onSuccess: async (directive) => {
      onClose();
      void queryClient.invalidateQueries({ queryKey: ['directives'] });
      await changed(`Đã giao nhiệm vụ ${directive.ordinal}: ${directive.title}`);
    },
    // The API names the fields of its own request: the speech by id, the rest as the form does.
    onError: (error) =>
      applyFieldErrors(error, (field, message) =>
        form.setFieldError(field === 'sourceSpeechId' ? `${PATH}.sourceSpeechKey` : formPathOf(`${PATH}.${field}`), message),
      ),
  });

  return (
    <ActionModal
      title="Thêm kết luận"
      submitLabel="Giao nhiệm vụ"
      onClose={onClose}
      onSubmit={() => {
        if (!form.validate().hasErrors) issue.mutate(form.getValues());
      }}
      busy={issue.isPending}
      error={issue.error}
    >
      <DirectiveItem form={form} index={0} number={meeting.directives.length + 1} removable={false} />
    </ActionModal>
  );
}
