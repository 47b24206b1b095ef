import { Alert, Button, CopyButton, Group, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { CreatedCalendarFeed } from './calendar-queries';

/** The address of a feed just created: the only time it can be shown (the service keeps only a hash of its secret). */
export function NewFeedAddress({ feed, onDone }: { feed: CreatedCalendarFeed; onDone(): void }) {
  const webcal = feed.url.replace(/^https?:/, 'webcal:');
  return (
    <Alert color="teal" variant="light" title="Đã tạo đường dẫn lịch" role="status">
      <Text size="sm" mb="sm">
        <strong>Đường dẫn này chỉ hiển thị một lần.</strong> Hãy sao chép và thêm vào ứng dụng lịch ngay bây giờ; sau khi rời trang, bạn sẽ
        không xem lại được. Nếu làm mất, hãy thu hồi và tạo đường dẫn mới.
      </Text>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          label="Đường dẫn lịch"
          value={feed.url}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: 1, minWidth: 0 }}
        />
        <CopyButton value={feed.url} timeout={3000}>
          {({ copied, copy }) => (
            <Button
              onClick={copy}
              color={copied ? 'teal' : undefined}
              leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            >
              {copied ? 'Đã sao chép' : 'Sao chép'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group mt="sm" gap="sm">
        <Button component="a" href={webcal} variant="white" size="xs">
          Mở bằng ứng dụng lịch trên máy này
        </Button>
        <Button variant="white" size="xs" onClick={onDone}>
          Tôi đã sao chép, ẩn đường dẫn
        </Button>
      </Group>
    </Alert>
  );
}
