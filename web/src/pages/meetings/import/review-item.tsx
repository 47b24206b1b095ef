import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ImportDraft } from './import-api';
import { LOW_CONFIDENCE, type FieldErrors, type Span, type Warning } from './review-model';

/** What every section of the review gets: the draft being edited, and what to show beside its items. */
export interface SectionProps {
  draft: ImportDraft;
  setDraft(next: ImportDraft): void;
  editable: boolean;
  errors: FieldErrors;
  warnings: Map<string, Warning[]>;
  onFocusSpan(span: Span): void;
}

/**
 * One item of the draft: focusing it marks where the text said it; an uncertain item is
 * flagged, and the reader's warning about it is said right here rather than at the top.
 */
export function ReviewItem({
  span,
  confidence,
  warnings = [],
  onFocusSpan,
  actions,
  children,
}: {
  span: Span;
  confidence: number;
  warnings?: Warning[];
  onFocusSpan(span: Span): void;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const flagged = confidence < LOW_CONFIDENCE || warnings.length > 0;
  return (
    <Paper withBorder p="sm" onFocusCapture={() => onFocusSpan(span)} onMouseEnter={() => onFocusSpan(span)}>
      <Stack gap={6}>
        {(flagged || actions) && (
          <Group justify="space-between" gap="xs" wrap="nowrap">
            {flagged ? (
              <Badge color="yellow" variant="light">
                Cần kiểm tra
              </Badge>
            ) : (
              <span />
            )}
            {actions}
          </Group>
        )}
        {warnings.map((warning, index) => (
          <Text key={index} size="sm">
            {warning.message}
          </Text>
        ))}
        {children}
      </Stack>
    </Paper>
  );
}

/** "Bỏ": takes an item out of the draft; its label names which, for screen readers. */
export function RemoveItemButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <Button variant="subtle" color="red" size="compact-sm" aria-label={label} onClick={onRemove}>
      Bỏ
    </Button>
  );
}
