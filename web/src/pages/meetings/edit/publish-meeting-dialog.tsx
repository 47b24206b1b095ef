import { Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import { ProblemError } from '../../../api/problem';
import { ActionModal } from '../../directives/action-modal';
import { MEETINGS_KEY, type Meeting } from '../meeting-queries';
import { useMeetingChanged } from './use-meeting-changed';

/** Draft → published, once the secretariat has checked the minutes. */
export function PublishMeetingDialog({ meeting, onClose }: { meeting: Meeting; onClose(): void }) {
  const queryClient = useQueryClient();
  const changed = useMeetingChanged();
  const publish = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PATCH('/api/v1/meetings/{id}', {
          params: { path: { id: meeting.id }, header: ifMatch(meeting.version) },
          body: { status: 'published' },
        }),
      ),
    onSuccess: async () => {
      onClose();
      await changed('Đã ban hành cuộc họp.');
    },
    // Someone changed the meeting meanwhile: the page shows their version behind the dialog, to check before publishing.
    onError: (error) => {
      if (error instanceof ProblemError && error.status === 412) void queryClient.invalidateQueries({ queryKey: MEETINGS_KEY });
    },
  });

  return (
    <ActionModal
      title="Ban hành cuộc họp?"
      submitLabel="Ban hành"
      onClose={onClose}
      onSubmit={() => publish.mutate()}
      busy={publish.isPending}
      error={publish.error}
    >
      <Text size="sm">
        Cuộc họp «{meeting.title}» sẽ chuyển từ «Bản nháp» sang «Đã ban hành». Hãy kiểm tra thông tin, thành phần dự họp, phát biểu và kết
        luận trước khi ban hành.
      </Text>
    </ActionModal>
  );
}
