import { Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import { SPEECH_KIND } from '../../i18n/labels';
import type { Meeting } from './meeting-queries';

export function MeetingSpeeches({ speeches }: { speeches: Meeting['speeches'] }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="phat-bieu">
      <Title order={2} size="h4" id="phat-bieu" mb="sm">
        Diễn biến, phát biểu ({speeches.length})
      </Title>
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
