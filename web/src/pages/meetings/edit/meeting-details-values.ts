import type { components } from '../../../api/schema';
import { formatDate, formatTime } from '../../../i18n/format';
import { MEETING_KIND } from '../../../i18n/labels';
import { changedFields, type ChangedField } from '../../../ui/version-conflict';
import type { Meeting } from '../meeting-queries';
import { formatMeetingTime } from '../meeting-time';
import { toDetailsBody, type MeetingDetailsDraft } from '../record/meeting-draft';

export type MeetingPatch = components['schemas']['UpdateMeetingDto'];

/** The meeting's details as the record form types them; the end date only when it is another day. */
export function detailsOf(meeting: Meeting): MeetingDetailsDraft {
  const endDate = meeting.endsAt ? formatDate(meeting.endsAt) : '';
  return {
    title: meeting.title,
    kind: meeting.kind ?? '',
    startDate: formatDate(meeting.startsAt),
    startTime: formatTime(meeting.startsAt),
    endDate: endDate === formatDate(meeting.startsAt) ? '' : endDate,
    endTime: meeting.endsAt ? formatTime(meeting.endsAt) : '',
    location: meeting.location ?? '',
    organizerId: meeting.organizer?.id ?? null,
    summary: meeting.summary ?? '',
    sourceUrl: meeting.sourceUrl ?? '',
  };
}

/** The PATCH body: only what differs from the version the form was opened with (both valid). */
export function patchOf(values: MeetingDetailsDraft, openedWith: MeetingDetailsDraft): MeetingPatch {
  const before: Record<string, unknown> = toDetailsBody(openedWith);
  return Object.fromEntries(
    Object.entries(toDetailsBody(values)).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(before[field])),
  ) as MeetingPatch;
}

/**
 * "Keep mine" after a 412: the fields this user changed keep their text, the others take the
 * latest saved value, so the next save changes only what this user meant to change.
 */
export function rebase(mine: MeetingDetailsDraft, openedWith: MeetingDetailsDraft, latest: MeetingDetailsDraft): MeetingDetailsDraft {
  const fields = Object.keys(mine) as (keyof MeetingDetailsDraft)[];
  return Object.fromEntries(fields.map((field) => [field, mine[field] === openedWith[field] ? latest[field] : mine[field]])) as never;
}

/** What someone else saved since the form was opened, in the words of the page. */
export function changesSince(openedWith: Meeting, latest: Meeting): ChangedField[] {
  return changedFields(openedWith, latest, [
    { label: 'Tên cuộc họp', value: (m) => m.title },
    { label: 'Hình thức', value: (m) => (m.kind ? MEETING_KIND[m.kind] : '') },
    { label: 'Thời gian', value: (m) => formatMeetingTime(m.startsAt, m.endsAt) },
    { label: 'Địa điểm', value: (m) => m.location ?? '' },
    { label: 'Cơ quan tổ chức', value: (m) => m.organizer?.name ?? '' },
    { label: 'Tóm tắt nội dung', value: (m) => m.summary ?? '' },
    { label: 'Đường dẫn nguồn', value: (m) => m.sourceUrl ?? '' },
  ]);
}
