import { Alert, Button, Group, List, Text } from '@mantine/core';

export interface ChangedField {
  label: string;
  /** The value when this form was opened. */
  before: string;
  /** The value someone else saved since. */
  latest: string;
}

/**
 * The 412 flow: someone saved this record after the form was opened. Shows what they changed
 * and lets the user take the latest version while keeping what they typed (then save again),
 * or drop their own changes. Never discards the user's text on its own.
 */
export function VersionConflict({
  changes,
  onKeepMine,
  onDiscardMine,
  busy,
}: {
  changes: ChangedField[];
  onKeepMine(): void;
  onDiscardMine(): void;
  busy?: boolean;
}) {
  return (
    <Alert color="orange" title="Người khác vừa lưu thay đổi cho nội dung này" role="alert">
      <Text size="sm" mb="xs">
        Nội dung bạn đang sửa chưa được lưu. Những thay đổi của người khác kể từ khi bạn mở trang:
      </Text>
      {changes.length > 0 ? (
        <List size="sm" mb="sm">
          {changes.map((change) => (
            <List.Item key={change.label}>
              <strong>{change.label}</strong>: «{change.before || '(trống)'}» → «{change.latest || '(trống)'}»
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" mb="sm">
          (Không có thay đổi ở các ô trên biểu mẫu này.)
        </Text>
      )}
      <Group gap="sm">
        <Button size="xs" onClick={onKeepMine} loading={busy}>
          Tải bản mới nhất, giữ nội dung tôi đã nhập
        </Button>
        <Button size="xs" variant="default" onClick={onDiscardMine} disabled={busy}>
          Bỏ thay đổi của tôi
        </Button>
      </Group>
    </Alert>
  );
}

/** The fields whose value differs between two versions of a record. */
export function changedFields<T>(before: T, latest: T, fields: { label: string; value(record: T): string }[]): ChangedField[] {
  return fields
    .map((field) => ({ label: field.label, before: field.value(before), latest: field.value(latest) }))
    .filter((change) => change.before !== change.latest);
}
