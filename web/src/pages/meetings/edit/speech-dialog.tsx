import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ifMatch, unwrap } from '../../../api/client';
import { ProblemError } from '../../../api/problem';
import { SPEECH_KIND } from '../../../i18n/labels';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { applyFieldErrors } from '../../../ui/form-errors';
import { changedFields, VersionConflict, type ChangedField } from '../../../ui/version-conflict';
import { ActionModal } from '../../directives/action-modal';
import { fetchMeeting, meetingKey, type Meeting } from '../meeting-queries';
import type { SpeechDraft } from '../record/meeting-draft';
import { SpeechFields } from '../record/speech-fields';
import { useMeetingChanged } from './use-meeting-changed';

type Speech = Meeting['speeches'][number];
type SpeechValues = Omit<SpeechDraft, 'key'>;

const valuesOf = (speech: Speech | undefined): SpeechValues =>
  speech ? { speakerId: speech.speaker.id, kind: speech.kind, text: speech.text ?? '' } : { speakerId: '', kind: 'opinion', text: '' };

const COMPARED = [
  { label: 'Người phát biểu', value: (speech: Speech) => speech.speaker.fullName },
  { label: 'Loại phát biểu', value: (speech: Speech) => SPEECH_KIND[speech.kind] },
  { label: 'Nội dung', value: (speech: Speech) => speech.text ?? '' },
];

/**
 * Adds a speech at the end, or corrects one (`speech`). A correction names the version it was
 * opened with; after a 412 the dialog shows what changed and keeps what was typed.
 */
export function SpeechDialog({ meeting, speech, onClose }: { meeting: Meeting; speech?: Speech; onClose(): void }) {
  const [openedWith, setOpenedWith] = useState(speech);
  const [conflict, setConflict] = useState<{ latest: Speech; changes: ChangedField[] } | null>(null);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const queryClient = useQueryClient();
  const changed = useMeetingChanged();
  const form = useForm<SpeechValues>({
    initialValues: valuesOf(speech),
    validate: { speakerId: (value) => (value ? null : 'Chọn người phát biểu trong số người dự họp.') },
  });
  const number = openedWith ? openedWith.position : meeting.speeches.length + 1;
  const speakers = meeting.attendees.map((attendee) => ({ value: attendee.person.id, label: attendee.person.fullName }));
  if (speech && !speakers.some((speaker) => speaker.value === speech.speaker.id))
    speakers.push({ value: speech.speaker.id, label: speech.speaker.fullName });

  const save = useMutation({
    mutationFn: async (values: SpeechValues) => {
      const body = { speakerId: values.speakerId, kind: values.kind, text: values.text.trim() || null };
      if (!openedWith)
        return unwrap(
          await api.POST('/api/v1/meetings/{meetingId}/speeches', {
            params: { path: { meetingId: meeting.id }, header: { 'Idempotency-Key': idempotencyKey } },
            body,
          }),
        );
      const before = valuesOf(openedWith);
      return unwrap(
        await api.PATCH('/api/v1/meetings/{meetingId}/speeches/{speechId}', {
          params: { path: { meetingId: meeting.id, speechId: openedWith.id }, header: ifMatch(openedWith.version) },
          body: {
            ...(values.speakerId !== before.speakerId && { speakerId: body.speakerId }),
            ...(values.kind !== before.kind && { kind: body.kind }),
            ...(values.text !== before.text && { text: body.text }),
          },
        }),
      );
    },
    onSuccess: async () => {
      onClose();
      await changed(openedWith ? `Đã lưu phát biểu ${number}.` : `Đã thêm phát biểu ${number}.`);
    },
    onError: async (error) => {
      if (openedWith && error instanceof ProblemError && error.status === 412) {
        const meetingNow = await fetchMeeting(meeting.id);
        queryClient.setQueryData(meetingKey(meeting.id), meetingNow);
        const latest = meetingNow.speeches.find((item) => item.id === openedWith.id);
        if (latest) setConflict({ latest, changes: changedFields(openedWith, latest, COMPARED) });
        return;
      }
      applyFieldErrors(error, form.setFieldError);
    },
  });

  function takeLatest(keepMine: boolean) {
    if (!conflict || !openedWith) return;
    const [mine, opened, latest] = [form.getValues(), valuesOf(openedWith), valuesOf(conflict.latest)];
    form.setValues(
      keepMine
        ? {
            speakerId: mine.speakerId === opened.speakerId ? latest.speakerId : mine.speakerId,
            kind: mine.kind === opened.kind ? latest.kind : mine.kind,
            text: mine.text === opened.text ? latest.text : mine.text,
          }
        : latest,
    );
    setOpenedWith(conflict.latest);
    setConflict(null);
    save.reset();
  }

  return (
    <ActionModal
      title={openedWith ? `Sửa phát biểu ${number}` : 'Thêm phát biểu'}
      submitLabel={openedWith ? 'Lưu thay đổi' : 'Thêm phát biểu'}
      onClose={onClose}
      onSubmit={() => {
        if (!form.validate().hasErrors) save.mutate(form.getValues());
      }}
      busy={save.isPending}
      error={conflict || (save.error instanceof ProblemError && save.error.status === 412) ? null : save.error}
      submitDisabled={conflict !== null}
    >
      {conflict && (
        <VersionConflict changes={conflict.changes} onKeepMine={() => takeLatest(true)} onDiscardMine={() => takeLatest(false)} />
      )}
      <SpeechFields speakers={speakers} getInputProps={(field) => form.getInputProps(field)} />
    </ActionModal>
  );
}
