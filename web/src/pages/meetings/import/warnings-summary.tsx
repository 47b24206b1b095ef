import { Alert, Anchor, Button, Collapse, List, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Span, Warning } from './review-model';

/**
 * The reader's doubts in one line ("8 điểm cần kiểm tra"), the list folded away: the
 * draft and its source stay on the first screen, and each doubt is repeated beside its item.
 */
export function WarningsSummary({ warnings, onShow }: { warnings: Warning[]; onShow(span: Span): void }) {
  const [opened, { toggle }] = useDisclosure(false);
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" p="xs" title={`${warnings.length} điểm cần kiểm tra`}>
      <Text size="sm">
        Bản nháp do máy đọc: các mục đánh dấu «Cần kiểm tra» có ghi chú ngay bên cạnh.{' '}
        <Button variant="subtle" size="compact-sm" onClick={toggle} aria-expanded={opened}>
          {opened ? 'Ẩn danh sách' : 'Xem danh sách'}
        </Button>
      </Text>
      <Collapse expanded={opened}>
        <List size="sm" mt="xs" spacing={2}>
          {warnings.map((warning, index) => (
            <List.Item key={index}>
              {warning.span ? (
                <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onShow(warning.span)}>
                  {warning.message}
                </Anchor>
              ) : (
                warning.message
              )}
            </List.Item>
          ))}
        </List>
      </Collapse>
    </Alert>
  );
}
