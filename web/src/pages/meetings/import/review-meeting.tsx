import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { parseTime } from '../record/meeting-draft';
import { MEETING_KIND, optionsOf, type MeetingKind } from '../../../i18n/labels';
import { DateTextInput } from '../../../ui/date-text-input';
import { OrganizationPicker } from './reference-picker';
import { ReviewItem, type SectionProps } from './review-item';
import { fieldId, joinStartsAt, splitStartsAt } from './review-model';

/** The meeting's own fields: its name, when and where, and who held it. */
export function MeetingFields({ draft, setDraft, editable, errors, warnings, onFocusSpan }: SectionProps) {
  const meeting = draft.meeting;
  const set = (fields: Partial<typeof meeting>) => setDraft({ ...draft, meeting: { ...meeting, ...fields } });
  const { date, time } = splitStartsAt(meeting.startsAt);
  // What is typed stays on screen while it is not yet a time ("8:", "14"); the draft takes it once it reads as one.
  const [typedTime, setTypedTime] = useState<string | null>(null);
  const timeText = typedTime ?? time;
  const end = splitStartsAt(meeting.endsAt);
  // The meeting ends on the day it starts: only the time is asked, and it is kept as that day's time.
  const [typedEnd, setTypedEnd] = useState<string | null>(null);
  const endText = typedEnd ?? end.time;
  const endError = endText && !parseTime(endText) ? 'Giờ không hợp lệ (hh:mm, 24 giờ).' : undefined;
  return (
    <>
      <ReviewItem span={meeting.titleSpan} confidence={1} warnings={warnings.get('meeting.title')} onFocusSpan={onFocusSpan}>
        <TextInput
          id={fieldId('meeting.title')}
          label="Tên cuộc họp"
          value={meeting.title ?? ''}
          readOnly={!editable}
          error={errors['meeting.title'] ?? (meeting.title ? undefined : 'Cần có tên cuộc họp')}
          onChange={(event) => set({ title: event.currentTarget.value || null })}
        />
      </ReviewItem>
      <ReviewItem
        span={meeting.startsAtSpan ?? meeting.locationSpan}
        confidence={meeting.startsAtConfidence}
        warnings={warnings.get('meeting.startsAt')}
        onFocusSpan={onFocusSpan}
      >
        <Group grow align="start">
          <DateTextInput
            id={fieldId('meeting.startsAt')}
            label="Ngày họp"
            value={date}
            error={errors['meeting.startsAt'] ?? (date ? undefined : 'Chưa đọc được ngày họp')}
            onChange={(next) =>
              set({
                startsAt: joinStartsAt(next, time),
                startsAtConfidence: 1,
                endsAt: meeting.endsAt && next ? joinStartsAt(next, end.time) : null,
              })
            }
          />
          <TextInput
            label="Giờ bắt đầu"
            placeholder="hh:mm (24 giờ)"
            value={timeText}
            readOnly={!editable}
            disabled={!date}
            error={timeText && !parseTime(timeText) ? 'Giờ không hợp lệ (hh:mm, 24 giờ).' : undefined}
            onChange={(event) => {
              const typed = event.currentTarget.value;
              const parsed = parseTime(typed);
              setTypedTime(parsed ? null : typed);
              if (parsed) set({ startsAt: joinStartsAt(date, parsed), startsAtConfidence: 1 });
            }}
          />
          <TextInput
            id={fieldId('meeting.endsAt')}
            label="Giờ kết thúc"
            placeholder="hh:mm (24 giờ)"
            value={endText}
            readOnly={!editable}
            disabled={!date}
            error={endError ?? errors['meeting.endsAt']}
            onChange={(event) => {
              const typed = event.currentTarget.value;
              const parsed = parseTime(typed);
              setTypedEnd(parsed || typed === '' ? null : typed);
              if (parsed) set({ endsAt: joinStartsAt(date, parsed) });
              else if (typed === '') set({ endsAt: null });
            }}
          />
        </Group>
        <Group grow align="start">
          <NativeSelect
            id={fieldId('meeting.kind')}
            label="Loại cuộc họp"
            data={[{ value: '', label: '— Chưa chọn —' }, ...optionsOf(MEETING_KIND)]}
            value={meeting.kind ?? ''}
            disabled={!editable}
            onChange={(event) => set({ kind: (event.currentTarget.value || null) as MeetingKind | null })}
          />
          <TextInput
            label="Địa điểm"
            value={meeting.location ?? ''}
            readOnly={!editable}
            onChange={(event) => set({ location: event.currentTarget.value || null })}
          />
        </Group>
      </ReviewItem>
      {meeting.organizer && (
        <ReviewItem span={meeting.organizer.span} confidence={1} onFocusSpan={onFocusSpan}>
          <OrganizationPicker
            id={fieldId('meeting.organizer')}
            label="Cơ quan tổ chức"
            value={meeting.organizer}
            error={errors['meeting.organizer']}
            readOnly={!editable}
            onChange={(organizer) => set({ organizer })}
          />
        </ReviewItem>
      )}
    </>
  );
}
