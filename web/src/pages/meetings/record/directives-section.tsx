import { Button, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { DirectiveItem } from './directive-item';
import { FormSection } from './form-section';
import { emptyDirective, type MeetingDraft } from './meeting-draft';

export function DirectivesSection({ form }: { form: UseFormReturnType<MeetingDraft> }) {
  const directives = form.values.directives;
  return (
    <FormSection
      title={`Kết luận, nhiệm vụ giao (${directives.length})`}
      actions={
        <Button
          mt="sm"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('directives', emptyDirective())}
        >
          Thêm nhiệm vụ
        </Button>
      }
    >
      {directives.length === 0 ? (
        <Text c="dimmed" size="sm">
          Chưa có nhiệm vụ. Mỗi nhiệm vụ có đúng một cơ quan chủ trì.
        </Text>
      ) : (
        <Stack gap="sm">
          {directives.map((directive, index) => (
            <DirectiveItem key={directive.key} form={form} index={index} />
          ))}
        </Stack>
      )}
    </FormSection>
  );
}
