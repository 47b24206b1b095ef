import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatDateTime } from '../../i18n/format';
import { ProblemAlert } from '../../ui/problem-alert';
import { CALENDAR_SCOPE, useRevokeCalendarFeed, type CalendarFeed } from './calendar-queries';

/** Revoking cannot be undone: the calendar apps using the address stop updating, so ask first. */
export function RevokeFeedButton({ feed, onRevoked }: { feed: CalendarFeed; onRevoked(id: string): void }) {
  const [opened, { open, close }] = useDisclosure(false);
  const revoke = useRevokeCalendarFeed();
  const name = `${CALENDAR_SCOPE[feed.scope].label}, tạo lúc ${formatDateTime(feed.createdAt)}`;

  const confirm = () =>
    revoke.mutate(feed.id, {
      onSuccess: () => {
        close();
        onRevoked(feed.id);
      },
    });

  return (
    <>
      <Button size="xs" color="red" variant="light" onClick={open} aria-label={`Thu hồi đường dẫn lịch: ${name}`}>
        Thu hồi
      </Button>
      <Modal opened={opened} onClose={close} title="Thu hồi đường dẫn lịch?" centered>
        <Stack>
          <Text size="sm">
            Đường dẫn «{name}» sẽ ngừng hoạt động ngay: các ứng dụng lịch đang dùng nó sẽ không cập nhật được nữa. Không thể hoàn tác; nếu
            cần, bạn có thể tạo đường dẫn mới.
          </Text>
          <ProblemAlert error={revoke.error} title="Không thu hồi được" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={revoke.isPending}>
              Không, giữ lại
            </Button>
            <Button color="red" onClick={confirm} loading={revoke.isPending}>
              Thu hồi đường dẫn
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
