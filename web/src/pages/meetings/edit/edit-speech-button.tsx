import { ActionIcon } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { Meeting } from '../meeting-queries';
import { SpeechDialog } from './speech-dialog';

export function EditSpeechButton({ meeting, speech }: { meeting: Meeting; speech: Meeting['speeches'][number] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionIcon variant="subtle" color="gray.8" aria-label={`Sửa phát biểu ${speech.position}`} onClick={() => setOpen(true)}>
        <IconPencil size={16} aria-hidden />
      </ActionIcon>
      {open && <SpeechDialog meeting={meeting} speech={speech} onClose={() => setOpen(false)} />}
    </>
  );
}
