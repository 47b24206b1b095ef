import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Meeting } from '../meeting-queries';
import { AddAttendeeDialog } from './add-attendee-dialog';
import { AddDirectiveDialog } from './add-directive-dialog';
import { SpeechDialog } from './speech-dialog';

const DIALOGS = {
  attendee: { label: 'Thêm người dự họp', Dialog: AddAttendeeDialog },
  speech: { label: 'Thêm phát biểu', Dialog: SpeechDialog },
  directive: { label: 'Thêm kết luận', Dialog: AddDirectiveDialog },
};

/** A button that adds one part to a recorded meeting, in a dialog. */
export function AddToMeetingButton({ meeting, what }: { meeting: Meeting; what: keyof typeof DIALOGS }) {
  const [open, setOpen] = useState(false);
  const { label, Dialog } = DIALOGS[what];
  return (
    <>
      <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && <Dialog meeting={meeting} onClose={() => setOpen(false)} />}
    </>
  );
}
