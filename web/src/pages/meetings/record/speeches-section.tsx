import { Button, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { FormSection } from './form-section';
import { emptySpeech, type MeetingDraft } from './meeting-draft';
import { SpeechItem } from './speech-item';

const instructions = {
  draggable:
    'Để đổi thứ tự: nhấn phím cách để nhấc phát biểu lên, dùng phím mũi tên lên hoặc xuống để di chuyển, ' +
    'nhấn phím cách lần nữa để đặt xuống, hoặc phím Esc để hủy.',
};

/** Speeches in the order they were given; moved by drag, by the keyboard (space, arrows) or by the up/down buttons. */
export function SpeechesSection({ form }: { form: UseFormReturnType<MeetingDraft> }) {
  const speeches = form.values.speeches;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const position = (id: UniqueIdentifier | undefined) => speeches.findIndex((speech) => speech.key === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Đã nhấc phát biểu ${position(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `Phát biểu ${position(active.id)} sẽ đặt vào vị trí ${position(over.id)}.` : 'Chưa ở vị trí nào.',
    onDragEnd: ({ over }) => (over ? `Đã đặt phát biểu vào vị trí ${position(over.id)}.` : 'Đã đặt xuống, thứ tự không đổi.'),
    onDragCancel: () => 'Đã hủy, thứ tự không đổi.',
  };

  function move(from: number, to: number) {
    if (to < 0 || to >= speeches.length || from === to) return;
    form.reorderListItem('speeches', { from, to });
  }

  function dropped({ active, over }: DragEndEvent) {
    if (over) move(position(active.id) - 1, position(over.id) - 1);
  }

  return (
    <FormSection
      title={`Diễn biến, phát biểu (${speeches.length})`}
      actions={
        <Button
          mt="sm"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('speeches', emptySpeech())}
        >
          Thêm phát biểu
        </Button>
      }
    >
      {speeches.length === 0 ? (
        <Text c="dimmed" size="sm">
          Chưa có phát biểu. Người phát biểu được chọn trong số người dự họp.
        </Text>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={dropped}
          accessibility={{ announcements, screenReaderInstructions: instructions }}
        >
          <SortableContext items={speeches.map((speech) => speech.key)} strategy={verticalListSortingStrategy}>
            <Stack gap="sm">
              {speeches.map((speech, index) => (
                <SpeechItem key={speech.key} form={form} index={index} count={speeches.length} onMove={move} />
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
      )}
    </FormSection>
  );
}
