import { Button, Group, Textarea } from '@mantine/core';
import { useState } from 'react';

/**
 * Refusing a later deadline is a second, deliberate step: the leader says why (the agency is told),
 * then confirms. A slip of the mouse next to "Đồng ý gia hạn" decides nothing.
 */
export function RefuseExtensionForm({ busy, onRefuse, onCancel }: { busy: boolean; onRefuse(note: string): void; onCancel(): void }) {
  const [note, setNote] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onRefuse(note.trim());
      }}
    >
      <Textarea
        label="Lý do không đồng ý gia hạn"
        description="Đơn vị sẽ nhận được nội dung này."
        required
        autosize
        minRows={2}
        autoFocus
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <Group gap="xs" mt="xs">
        <Button type="submit" color="red" loading={busy} disabled={note.trim() === ''}>
          Xác nhận không đồng ý
        </Button>
        <Button variant="default" onClick={onCancel} disabled={busy}>
          Thôi
        </Button>
      </Group>
    </form>
  );
}
