import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '../../ui/page-title';

export function NotFoundPage() {
  return (
    <Stack align="flex-start">
      <PageTitle>Không tìm thấy trang</PageTitle>
      <Text>Địa chỉ này không có trong Chỉ Đạo. Có thể đường dẫn đã cũ hoặc gõ nhầm.</Text>
      <Button component={Link} to="/">
        Về trang chính
      </Button>
    </Stack>
  );
}
