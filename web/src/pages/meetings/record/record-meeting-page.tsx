import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { useMe } from '../../../auth/session';
import { formatDateTime } from '../../../i18n/format';
import { applyFieldErrors } from '../../../ui/form-errors';
import { PageTitle } from '../../../ui/page-title';
import { ProblemAlert } from '../../../ui/problem-alert';
import { MEETINGS_KEY } from '../meeting-queries';
import { AttendeesSection } from './attendees-section';
import { DetailsSection } from './details-section';
import { DirectivesSection } from './directives-section';
import { clearDraft, loadDraft, saveDraft } from './draft-storage';
import { emptyDraft, formPathOf, hasContent, toCreateMeetingBody, validateDraft, type MeetingDraft } from './meeting-draft';
import { SpeechesSection } from './speeches-section';

export function RecordMeetingPage() {
  const me = useMe();
  if (!me.can('meetings:write')) {
    return (
      <>
        <PageTitle>Ghi biên bản cuộc họp</PageTitle>
        <ProblemAlert error={{ status: 403, code: 'forbidden' }} />
      </>
    );
  }
  return <RecordMeetingForm userId={me.id} />;
}

function RecordMeetingForm({ userId }: { userId: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [restored, setRestored] = useState(() => loadDraft(userId));
  const [confirmingClear, confirmClear] = useDisclosure(false);
  const [invalid, setInvalid] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // A second click before React has disabled the button must not send a second request.
  const sending = useRef(false);

  const form = useForm<MeetingDraft>({
    initialValues: restored?.draft ?? emptyDraft(),
    validate: validateDraft,
    onValuesChange: (values) => (hasContent(values) ? saveDraft(userId, values) : clearDraft(userId)),
  });

  const save = useMutation({
    mutationFn: async (draft: MeetingDraft) =>
      unwrap(
        await api.POST('/api/v1/meetings', {
          body: toCreateMeetingBody(draft),
          params: { header: { 'Idempotency-Key': draft.idempotencyKey } },
        }),
      ),
    onSuccess: (meeting) => {
      clearDraft(userId);
      void queryClient.invalidateQueries({ queryKey: MEETINGS_KEY });
      void navigate(`/cuoc-hop/${meeting.id}`);
    },
    onError: (error) => {
      sending.current = false;
      if (applyFieldErrors(error, (path, message) => form.setFieldError(formPathOf(path), message))) focusFirstError();
    },
  });

  function focusFirstError() {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.validate().hasErrors) {
      setInvalid(true);
      focusFirstError();
      return;
    }
    if (sending.current) return;
    sending.current = true;
    setInvalid(false);
    save.mutate(form.getValues());
  }

  function discardDraft() {
    clearDraft(userId);
    form.setValues(emptyDraft());
    form.clearErrors();
    save.reset();
    setInvalid(false);
    setRestored(null);
    confirmClear.close();
  }

  return (
    <>
      <PageTitle>Ghi biên bản cuộc họp</PageTitle>
      {restored && (
        <Alert color="blue" mb="md" title="Đã khôi phục bản nháp">
          Nội dung bạn nhập lúc {formatDateTime(restored.savedAt)} chưa được lưu vào hệ thống và đã được mở lại.
        </Alert>
      )}
      <form ref={formRef} onSubmit={submit} noValidate aria-label="Biên bản cuộc họp">
        <Stack gap="md">
          <DetailsSection form={form} />
          <AttendeesSection form={form} />
          <SpeechesSection form={form} />
          <DirectivesSection form={form} />
          <Paper withBorder p="md" className="form-actions">
            <Stack gap="sm">
              {save.isError && <ProblemAlert error={save.error} title="Chưa lưu được cuộc họp" />}
              {invalid && !save.isError && (
                <Text c="red.8" size="sm" role="alert">
                  Một số thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.
                </Text>
              )}
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  Bản nháp được giữ trên trình duyệt này cho đến khi lưu.
                </Text>
                <Group gap="sm">
                  <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={confirmClear.open}>
                    Xóa bản nháp
                  </Button>
                  <Button
                    type="submit"
                    loading={save.isPending}
                    disabled={save.isPending}
                    leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                  >
                    Lưu cuộc họp
                  </Button>
                </Group>
              </Group>
            </Stack>
          </Paper>
        </Stack>
      </form>
      <Modal opened={confirmingClear} onClose={confirmClear.close} title="Xóa bản nháp?" centered>
        <Text size="sm" mb="md">
          Mọi nội dung đã nhập trên biểu mẫu này sẽ bị xóa và không khôi phục được.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={confirmClear.close}>
            Giữ lại
          </Button>
          <Button color="red" onClick={discardDraft}>
            Xóa bản nháp
          </Button>
        </Group>
      </Modal>
    </>
  );
}
