import { Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import { SPEECH_KIND } from '../../i18n/labels';
import { AddToMeetingButton } from './edit/add-buttons';
import { EditSpeechButton } from './edit/edit-speech-button';
import { SpeechMoveButtons } from './edit/speech-move-buttons';
import type { Meeting } from './meeting-queries';

export function MeetingSpeeches({ meeting, editable }: { meeting: Meeting; editable: boolean }) {
  const speeches = meeting.speeches;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="phat-bieu">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="phat-bieu">
          Diễn biến, phát biểu ({speeches.length})
        </Title>
        {editable && <AddToMeetingButton meeting={meeting} what="speech" />}
      </Group>
      {speeches.length === 0 ? (
        <Text c="dimmed" size="sm">
          Chưa ghi phát biểu.
        </Text>
      ) : (
        <List type="ordered" spacing="md" aria-label="Phát biểu theo thứ tự">
          {speeches.map((speech) => (
            <List.Item key={speech.id}>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {speech.speaker.fullName}
                </Text>
                <Badge variant="outline" color="gray" size="sm">
                  {SPEECH_KIND[speech.kind]}
                </Badge>
                {editable && (
                  <>
                    <EditSpeechButton meeting={meeting} speech={speech} />
                    <SpeechMoveButtons meetingId={meeting.id} speech={speech} count={speeches.length} />
                  </>
                )}
              </Group>
              {speech.title && (
                <Text size="sm" fw={500}>
                  {speech.title}
                </Text>
              )}
              {[speech.summary, speech.text].filter(Boolean).map((paragraph) => (
                <Text key={paragraph} size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {paragraph}
                </Text>
              ))}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
