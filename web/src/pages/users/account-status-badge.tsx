import { Badge } from '@mantine/core';

/** Whether the account can sign in. */
export function AccountStatusBadge({ active }: { active: boolean }) {
  return (
    <Badge color={active ? 'teal' : 'gray'} variant={active ? 'light' : 'outline'}>
      {active ? 'Đang hoạt động' : 'Đã vô hiệu hóa'}
    </Badge>
  );
}
