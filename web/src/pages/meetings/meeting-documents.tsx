import { Button, Group, Text } from '@mantine/core';
import { IconFileTypeDocx, IconJson } from '@tabler/icons-react';
import { useState } from 'react';
import { problemOf } from '../../api/problem';
import { problemMessage } from '../../i18n/problems';
import { downloadFile } from '../../lib/download';
import type { Meeting } from './meeting-queries';

const DOCUMENTS = [
  { file: 'conclusion-notice.docx', label: 'Tải thông báo kết luận', fallbackName: 'thong-bao-ket-luan.docx' },
  { file: 'minutes.docx', label: 'Tải biên bản', fallbackName: 'bien-ban.docx' },
] as const;

// Only a published meeting is open data: the API refuses a draft's (409), so its button is not offered.
const POPOLO = { key: 'popolo', label: 'Tải dữ liệu mở (Popolo)', fallbackName: 'du-lieu-mo-popolo.json' } as const;

/** The Word documents of the meeting, fetched with the user's token (a department user gets its own extract). */
export function MeetingDocuments({ meeting }: { meeting: Meeting }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function download(key: string, url: string, fallbackName: string) {
    setBusy(key);
    setError(null);
    try {
      await downloadFile(url, fallbackName);
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
          onClick={() => void download(document.file, `/api/v1/meetings/${meeting.id}/documents/${document.file}`, document.fallbackName)}
        >
          {document.label}
        </Button>
      ))}
      {meeting.status === 'published' && (
        <Button
          variant="default"
          leftSection={<IconJson size={16} aria-hidden />}
          loading={busy === POPOLO.key}
          onClick={() => void download(POPOLO.key, `/api/v1/meetings/${meeting.id}/popolo`, POPOLO.fallbackName)}
        >
          {POPOLO.label}
        </Button>
      )}
      {error !== null && (
        <Text size="sm" c="red.8" role="alert">
          {problemMessage(problemOf(error))}
        </Text>
      )}
    </Group>
  );
}
