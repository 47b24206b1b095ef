import { Button } from '@mantine/core';
import { IconPencil, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import type { Meeting } from '../meeting-queries';
import { EditDetailsDialog } from './edit-details-dialog';
import { PublishMeetingDialog } from './publish-meeting-dialog';

/** The secretariat's actions on the meeting itself: correct its details, publish a draft. */
export function MeetingEditActions({ meeting }: { meeting: Meeting }) {
  const [open, setOpen] = useState<'details' | 'publish' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setOpen('details')}>
        Sửa thông tin
      </Button>
      {meeting.status === 'draft' && (
        <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => setOpen('publish')}>
          Ban hành
        </Button>
      )}
      {open === 'details' && <EditDetailsDialog meeting={meeting} onClose={close} />}
      {open === 'publish' && <PublishMeetingDialog meeting={meeting} onClose={close} />}
    </>
  );
}
