import '@mantine/dropzone/styles.css';
import { Button, CloseButton, Group, Progress, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileUpload, IconPaperclip } from '@tabler/icons-react';
import { useId, useRef } from 'react';
import { problemOf } from '../../api/problem';
import { problemMessage } from '../../i18n/problems';
import { formatFileSize } from './file-size';
import type { EvidenceUpload, EvidenceUploads } from './use-evidence-uploads';

/** Evidence files: dropped or picked, each uploaded at once with its own progress bar. */
export function EvidenceDropzone({ uploads, label = 'Tệp minh chứng' }: { uploads: EvidenceUploads; label?: string }) {
  const id = useId();
  const openPicker = useRef<() => void>(null);
  return (
    <Stack gap="xs" role="group" aria-labelledby={`${id}-label`}>
      <Text size="sm" fw={500} id={`${id}-label`}>
        {label}
      </Text>
      {/* The zone is for dragging with a mouse; keyboard and touch users pick files with the button. */}
      <Dropzone onDrop={uploads.add} openRef={openPicker} activateOnKeyboard={false} inputProps={{ 'aria-label': label }} p="md">
        <Group justify="center" gap="sm" wrap="nowrap">
          <IconFileUpload size={32} stroke={1.5} aria-hidden />
          <div>
            <Text size="sm">Kéo thả tệp vào đây</Text>
            <Text size="xs" c="dimmed">
              PDF, Word, Excel, ảnh JPEG hoặc PNG
            </Text>
          </div>
        </Group>
      </Dropzone>
      <Button
        variant="default"
        size="xs"
        w="fit-content"
        leftSection={<IconPaperclip size={14} aria-hidden />}
        onClick={() => openPicker.current?.()}
      >
        Chọn tệp…
      </Button>
      {uploads.items.length > 0 && (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Tệp đã chọn">
          {uploads.items.map((item) => (
            <EvidenceRow key={item.key} item={item} onRemove={() => uploads.remove(item.key)} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function EvidenceRow({ item, onRemove }: { item: EvidenceUpload; onRemove(): void }) {
  const percent = Math.round(item.progress * 100);
  return (
    <li>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" truncate style={{ minWidth: 0 }}>
          {item.file.name}{' '}
          <Text span size="xs" c="dimmed">
            ({formatFileSize(item.file.size)})
          </Text>
        </Text>
        <CloseButton size="sm" aria-label={`Bỏ tệp ${item.file.name}`} onClick={onRemove} />
      </Group>
      {item.state === 'failed' ? (
        <Text size="sm" c="red.8" role="alert">
          {problemMessage(problemOf(item.error))}
        </Text>
      ) : (
        <Group gap="xs" wrap="nowrap">
          <Progress
            value={percent}
            color={item.state === 'done' ? 'teal' : 'blue'}
            style={{ flex: 1 }}
            aria-label={`Tải lên ${item.file.name}`}
          />
          <Text size="xs" c="dimmed" miw={70} ta="right" aria-live="polite">
            {item.state === 'done' ? 'Đã tải lên' : `${percent} %`}
          </Text>
        </Group>
      )}
    </li>
  );
}
