import { Anchor, Group, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { problemOf } from '../../api/problem';
import { problemMessage } from '../../i18n/problems';
import { downloadFile } from '../../lib/download';
import { notifyFailure } from '../../ui/notify';
import type { AttachmentSummary } from './directive-queries';
import { formatFileSize } from './file-size';

/** An evidence file, downloaded with the user's token (the API serves files only behind sign-in). */
export function AttachmentLink({ attachment }: { attachment: AttachmentSummary }) {
  const download = () =>
    downloadFile(`/api/v1/attachments/${attachment.id}`, attachment.fileName).catch((error: unknown) =>
      notifyFailure(problemMessage(problemOf(error)), 'Không tải được tệp'),
    );
  return (
    <Group gap={4} wrap="nowrap">
      <IconPaperclip size={14} aria-hidden />
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => void download()}
        style={{ textAlign: 'left', wordBreak: 'break-word' }}
      >
        {attachment.fileName}
      </Anchor>
      <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        ({formatFileSize(attachment.size)})
      </Text>
    </Group>
  );
}

export function AttachmentList({ attachments }: { attachments: AttachmentSummary[] }) {
  if (attachments.length === 0) return null;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: '4px 0 0' }} aria-label="Tệp đính kèm">
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <AttachmentLink attachment={attachment} />
        </li>
      ))}
    </ul>
  );
}
