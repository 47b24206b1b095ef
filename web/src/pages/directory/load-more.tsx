import { Button, Group, Text } from '@mantine/core';
import { ProblemAlert } from '../../ui/problem-alert';

/** Keyset paging: the next page follows the last row shown. */
export function LoadMore({
  shown,
  hasMore,
  loading,
  error,
  onMore,
}: {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  onMore(): void;
}) {
  return (
    <>
      <Group justify="space-between" mt="sm">
        <Text size="sm" c="gray.7" role="status">
          Đang hiển thị {shown} mục{hasMore ? '' : ' (hết danh sách)'}
        </Text>
        {hasMore && (
          <Button variant="default" onClick={onMore} loading={loading}>
            Xem thêm
          </Button>
        )}
      </Group>
      {error ? <ProblemAlert error={error} title="Không tải thêm được" /> : null}
    </>
  );
}
