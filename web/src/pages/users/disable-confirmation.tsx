import { Button, Group, Modal, Stack, Text } from '@mantine/core';

/** Disabling ends every session of the account at once: said, and confirmed, before it happens. */
export function DisableConfirmation({
  opened,
  name,
  self,
  onConfirm,
  onCancel,
}: {
  opened: boolean;
  name: string;
  /** The administrator is disabling their own account. */
  self: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <Modal opened={opened} onClose={onCancel} title="Vô hiệu hóa tài khoản?" closeButtonProps={{ 'aria-label': 'Đóng' }}>
      <Stack>
        <Text>
          <strong>{name}</strong> sẽ bị đăng xuất ngay trên mọi thiết bị đang dùng và không đăng nhập được nữa cho đến khi tài khoản được
          kích hoạt lại.
        </Text>
        {self && <Text fw={600}>Đây là tài khoản của bạn: bạn cũng sẽ bị đăng xuất ngay.</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Không, giữ nguyên
          </Button>
          <Button color="red.9" onClick={onConfirm}>
            Vô hiệu hóa và lưu
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
