import { ActionIcon, Fieldset, Group } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconTrash } from '@tabler/icons-react';
import type { MeetingDraft } from './meeting-draft';
import { SpeechFields } from './speech-fields';

export function SpeechItem({
  form,
  index,
  count,
  onMove,
}: {
  form: UseFormReturnType<MeetingDraft>;
  index: number;
  count: number;
  onMove(from: number, to: number): void;
}) {
  const speech = form.values.speeches[index]!;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: speech.key });
  const number = index + 1;
  const speakers = form.values.attendees.map((attendee) => ({ value: attendee.personId, label: attendee.fullName }));

  return (
    <div
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition, position: 'relative', zIndex: isDragging ? 2 : undefined }}
    >
      <Fieldset legend={`Phát biểu ${number}`} variant={isDragging ? 'filled' : 'default'} p="sm">
        <Group justify="space-between" gap="xs" mb="xs" wrap="nowrap">
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray.8"
            style={{ cursor: 'grab', touchAction: 'none' }}
            {...attributes}
            {...listeners}
            aria-label={`Kéo để đổi thứ tự phát biểu ${number}`}
          >
            <IconGripVertical size={18} aria-hidden />
          </ActionIcon>
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray.8"
              disabled={index === 0}
              aria-label={`Chuyển phát biểu ${number} lên`}
              onClick={() => onMove(index, index - 1)}
            >
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray.8"
              disabled={index === count - 1}
              aria-label={`Chuyển phát biểu ${number} xuống`}
              onClick={() => onMove(index, index + 1)}
            >
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Xóa phát biểu ${number}`}
              onClick={() => form.removeListItem('speeches', index)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        <SpeechFields speakers={speakers} getInputProps={(field) => form.getInputProps(`speeches.${index}.${field}`)} />
      </Fieldset>
    </div>
  );
}
