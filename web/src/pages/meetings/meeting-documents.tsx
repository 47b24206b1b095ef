import { Button, Group, Text } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { problemOf } from '../../api/problem';
import { problemMessage } from '../../i18n/problems';
import { downloadFile } from '../../lib/download';
import type { Meeting } from './meeting-queries';

const DOCUMENTS = [
  { file: 'conclusion-notice.docx', label: 'Tải thông báo kết luận', fallbackName: 'thong-bao-ket-luan.docx' },
  { file: 'minutes.docx', label: 'Tải biên bản', fallbackName: 'bien-ban.docx' },
] as const;

/** The Word documents of the meeting, fetched with the user's token (a department user gets its own extract). */
export function MeetingDocuments({ meeting }: { meeting: Meeting }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function download(file: string, fallbackName: string) {
    setBusy(file);
    setError(null);
    try {
      await downloadFile(`/api/v1/meetings/${meeting.id}/documents/${file}`, fallbackName);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Group gap="xs">
      {DOCUMENTS.map((document) => (
        <Button
          key={document.file}
          variant="default"
          leftSection={<IconFileTypeDocx size={16} aria-hidden />}
          loading={busy === document.file}
          onClick={() => void download(document.file, document.fallbackName)}
        >
          {document.label}
        </Button>
      ))}
      {error !== null && (
        <Text size="sm" c="red.8" role="alert">
          {problemMessage(problemOf(error))}
        </Text>
      )}
    </Group>
  );
}
