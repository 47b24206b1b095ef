import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ifMatch, unwrap } from '../../../api/client';
import { ProblemError } from '../../../api/problem';
import { applyFieldErrors } from '../../../ui/form-errors';
import { VersionConflict, type ChangedField } from '../../../ui/version-conflict';
import { ActionModal } from '../../directives/action-modal';
import { fetchMeeting, meetingKey, type Meeting } from '../meeting-queries';
import { DetailsFields } from '../record/details-section';
import { formPathOf, validateDetails, type MeetingDetailsDraft } from '../record/meeting-draft';
import { changesSince, detailsOf, patchOf, rebase, type MeetingPatch } from './meeting-details-values';
import { useMeetingChanged } from './use-meeting-changed';

/**
 * Corrects the meeting's details. The save names the version the form was opened with; when
 * someone saved in between (412) the dialog shows what they changed and keeps what was typed.
 */
export function EditDetailsDialog({ meeting, onClose }: { meeting: Meeting; onClose(): void }) {
  const [openedWith, setOpenedWith] = useState(meeting);
  const [conflict, setConflict] = useState<{ latest: Meeting; changes: ChangedField[] } | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const form = useForm<MeetingDetailsDraft>({ initialValues: detailsOf(meeting), validate: validateDetails });
  const queryClient = useQueryClient();
  const changed = useMeetingChanged();

  const save = useMutation({
    mutationFn: async (patch: MeetingPatch) =>
      unwrap(
        await api.PATCH('/api/v1/meetings/{id}', {
          params: { path: { id: meeting.id }, header: ifMatch(openedWith.version) },
          body: patch,
        }),
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData(meetingKey(meeting.id), saved);
      onClose();
      await changed('Đã lưu thông tin cuộc họp.');
    },
    onError: async (error) => {
      if (error instanceof ProblemError && error.status === 412) {
        const latest = await fetchMeeting(meeting.id);
        queryClient.setQueryData(meetingKey(meeting.id), latest);
        setConflict({ latest, changes: changesSince(openedWith, latest) });
        return;
      }
      applyFieldErrors(error, (path, message) => form.setFieldError(formPathOf(path), message));
    },
  });

  function submit() {
    if (form.validate().hasErrors) return;
    const patch = patchOf(form.getValues(), detailsOf(openedWith));
    setUnchanged(Object.keys(patch).length === 0);
    if (Object.keys(patch).length > 0) save.mutate(patch);
  }

  function takeLatest(keepMine: boolean) {
    if (!conflict) return;
    const latest = detailsOf(conflict.latest);
    form.setValues(keepMine ? rebase(form.getValues(), detailsOf(openedWith), latest) : latest);
    setOpenedWith(conflict.latest);
    setConflict(null);
    save.reset();
  }

  return (
    <ActionModal
      title="Sửa thông tin cuộc họp"
      submitLabel="Lưu thay đổi"
      onClose={onClose}
      onSubmit={submit}
      busy={save.isPending}
      error={conflict || (save.error instanceof ProblemError && save.error.status === 412) ? null : save.error}
      submitDisabled={conflict !== null}
    >
      {conflict && (
        <VersionConflict changes={conflict.changes} onKeepMine={() => takeLatest(true)} onDiscardMine={() => takeLatest(false)} />
      )}
      {unchanged && (
        <Text size="sm" role="status">
          Bạn chưa thay đổi nội dung nào.
        </Text>
      )}
      <DetailsFields form={form} />
    </ActionModal>
  );
}
