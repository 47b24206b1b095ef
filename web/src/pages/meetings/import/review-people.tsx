import { Group, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { ATTENDEE_ROLE, SPEECH_KIND } from '../../../i18n/labels';
import type { DraftSpeech } from './import-api';
import { PersonPicker } from './reference-picker';
import { RemoveItemButton, ReviewItem, type SectionProps } from './review-item';
import { fieldId, withAttendeePerson, withoutAttendee, withoutSpeech } from './review-model';

const named = (person: { mention: { fullName: string | null; position: string | null } | null } | null) =>
  person?.mention?.fullName ?? person?.mention?.position ?? '';

/** Who attended, each matched to the directory or proposed; one added because they spoke says so beside them. */
export function AttendeesSection({ draft, setDraft, editable, errors, warnings, onFocusSpan }: SectionProps) {
  return (
    <>
      <Title order={2} size="h4">
        Thành phần dự họp ({draft.attendees.length})
      </Title>
      {draft.attendees.map((attendee, index) => (
        <ReviewItem
          key={attendee.key}
          span={attendee.span}
          confidence={attendee.confidence}
          warnings={warnings.get(attendee.key)}
          onFocusSpan={onFocusSpan}
          actions={
            editable && (
              <RemoveItemButton
                label={`Bỏ người dự họp ${named(attendee.person) || index + 1}`}
                onRemove={() => setDraft(withoutAttendee(draft, attendee.key))}
              />
            )
          }
        >
          <PersonPicker
            id={fieldId(`${attendee.key}.person`)}
            label={`${ATTENDEE_ROLE[attendee.role]}: ${named(attendee.person)}`}
            value={attendee.person}
            readOnly={!editable}
            error={errors[`${attendee.key}.person`]}
            onChange={(person) => setDraft(withAttendeePerson(draft, attendee.key, person))}
          />
        </ReviewItem>
      ))}
    </>
  );
}

/** The speeches in the order given: who spoke (an attendee, a match, or new), what kind, and what they said. */
export function SpeechesSection({ draft, setDraft, editable, errors, warnings, onFocusSpan }: SectionProps) {
  const attendees = draft.attendees.map((a) => ({ key: a.key, person: a.person }));
  const change = (index: number, fields: Partial<DraftSpeech>) =>
    setDraft({ ...draft, speeches: draft.speeches.map((s, i) => (i === index ? { ...s, ...fields, confidence: 1 } : s)) });
  return (
    <>
      <Title order={2} size="h4">
        Phát biểu ({draft.speeches.length})
      </Title>
      {draft.speeches.map((speech, index) => (
        <ReviewItem
          key={speech.key}
          span={speech.span}
          confidence={speech.confidence}
          warnings={warnings.get(speech.key)}
          onFocusSpan={onFocusSpan}
          actions={
            editable && <RemoveItemButton label={`Bỏ phát biểu ${index + 1}`} onRemove={() => setDraft(withoutSpeech(draft, index))} />
          }
        >
          <Stack gap={4}>
            <Group grow align="start">
              <PersonPicker
                id={fieldId(`${speech.key}.speaker`)}
                label={`Người phát biểu ${index + 1}`}
                value={speech.speaker}
                link={{
                  attendees,
                  linkedKey: speech.speakerAttendeeKey,
                  onLink: (key) => {
                    const attendee = draft.attendees.find((a) => a.key === key);
                    change(index, { speakerAttendeeKey: key, ...(attendee ? { speaker: attendee.person } : {}) });
                  },
                }}
                readOnly={!editable}
                error={errors[`${speech.key}.speaker`]}
                onChange={(speaker) => change(index, { speaker, speakerAttendeeKey: null })}
              />
              <NativeSelect
                label={`Loại phát biểu ${index + 1}`}
                data={Object.entries(SPEECH_KIND).map(([value, label]) => ({ value, label }))}
                value={speech.kind}
                disabled={!editable}
                onChange={(event) => change(index, { kind: event.currentTarget.value as DraftSpeech['kind'] })}
              />
            </Group>
            <Textarea
              id={fieldId(`${speech.key}.text`)}
              label={`Nội dung phát biểu ${index + 1}`}
              autosize
              minRows={1}
              maxRows={5}
              value={speech.text ?? ''}
              readOnly={!editable}
              error={errors[`${speech.key}.text`]}
              onChange={(event) => change(index, { text: event.currentTarget.value || null })}
            />
          </Stack>
        </ReviewItem>
      ))}
    </>
  );
}
