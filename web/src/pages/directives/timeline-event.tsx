import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../i18n/format';
import { DIRECTIVE_STATUS, REMINDER_CHANNEL, TRANSITION_ACTION } from '../../i18n/labels';
import { AttachmentList } from './attachment-link';
import type { TimelineEvent } from './directive-queries';

export interface DescribedEvent {
  title: string;
  color: string;
  body?: ReactNode;
}

const deadline = (date: string | null) => (date ? formatDate(date) : 'không thời hạn');
const person = (p: { fullName: string } | null) => p?.fullName ?? 'chưa có';

function Note({ children }: { children: string | null }) {
  if (!children) return null;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Text>
  );
}

/** One event of the directive's story, told in Vietnamese. */
export function describeEvent(event: TimelineEvent): DescribedEvent {
  switch (event.kind) {
    case 'issued':
      return {
        title: 'Giao nhiệm vụ',
        color: 'blue',
        body: (
          <Text size="sm">
            Cơ quan chủ trì: {event.leadOrganization.name}; thời hạn: {deadline(event.dueDate)}
          </Text>
        ),
      };
    case 'owner_changed':
      return {
        title: 'Phân công người xử lý',
        color: 'cyan',
        body: (
          <Text size="sm">
            {person(event.from)} → {person(event.to)}
          </Text>
        ),
      };
    case 'deadline_changed':
      return {
        title: 'Thay đổi thời hạn',
        color: 'orange',
        body: (
          <Text size="sm">
            {deadline(event.from)} → {deadline(event.to)}
          </Text>
        ),
      };
    case 'transitioned':
      return {
        title: TRANSITION_ACTION[event.action],
        color: event.action === 'cancel' || event.action === 'reject' ? 'red' : 'grape',
        body: (
          <>
            <Text size="sm" c="dimmed">
              {DIRECTIVE_STATUS[event.fromStatus]} → {DIRECTIVE_STATUS[event.toStatus]}
            </Text>
            <Note>{event.note}</Note>
            <AttachmentList attachments={event.attachments} />
          </>
        ),
      };
    case 'progress_reported':
      return {
        // A contribution moves no percent: it has none to show.
        title: event.percent === null ? 'Báo cáo phối hợp' : `Báo cáo tiến độ: ${event.percent} %`,
        color: 'teal',
        body: (
          <>
            <Text size="sm" c="dimmed">
              {event.organization.name}
            </Text>
            <Note>{event.note}</Note>
            <AttachmentList attachments={event.attachments} />
          </>
        ),
      };
    case 'reminded':
      return {
        title: `Đôn đốc (${REMINDER_CHANNEL[event.channel].toLowerCase()}${event.documentNumber ? ` số ${event.documentNumber}` : ''})`,
        color: 'yellow',
        body: <Note>{event.note}</Note>,
      };
    case 'extension_requested':
      return {
        title: `Đề nghị gia hạn đến ${formatDate(event.proposedDueDate)}`,
        color: 'orange',
        body: (
          <>
            <Text size="sm" c="dimmed">
              Thời hạn lúc đề nghị: {formatDate(event.currentDueDate)}
            </Text>
            <Note>{event.reason}</Note>
          </>
        ),
      };
    case 'extension_decided':
      return {
        title: event.decision === 'approved' ? `Đồng ý gia hạn đến ${deadline(event.approvedDueDate)}` : 'Không đồng ý gia hạn',
        color: event.decision === 'approved' ? 'teal' : 'red',
        body: <Note>{event.note}</Note>,
      };
    case 'reviewed':
      return {
        title: 'Được kiểm điểm tại cuộc họp',
        color: 'indigo',
        body: (
          <Text size="sm">
            <Anchor component={Link} to={`/cuoc-hop/${event.meeting.id}`}>
              {event.meeting.title}
            </Anchor>{' '}
            ({formatDateTime(event.meeting.startsAt)})
          </Text>
        ),
      };
  }
}
