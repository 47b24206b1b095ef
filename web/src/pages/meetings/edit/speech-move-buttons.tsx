import { ActionIcon, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { api, ifMatch, unwrap } from '../../../api/client';
import { problemOf } from '../../../api/problem';
import { problemMessage } from '../../../i18n/problems';
import { MEETINGS_KEY, type Meeting } from '../meeting-queries';
import { useMeetingChanged } from './use-meeting-changed';

type Speech = Meeting['speeches'][number];

/** Moves a speech one place; the API renumbers the others, so the page loads them again before the next move. */
export function SpeechMoveButtons({ meetingId, speech, count }: { meetingId: string; speech: Speech; count: number }) {
  const queryClient = useQueryClient();
  const changed = useMeetingChanged();
  const move = useMutation({
    mutationFn: async (position: number) =>
      unwrap(
        await api.PATCH('/api/v1/meetings/{meetingId}/speeches/{speechId}', {
          params: { path: { meetingId, speechId: speech.id }, header: ifMatch(speech.version) },
          body: { position },
        }),
      ),
    onSuccess: (moved) => changed(`Đã chuyển phát biểu của ${speech.speaker.fullName} đến vị trí ${moved.position}.`),
    onError: () => queryClient.invalidateQueries({ queryKey: MEETINGS_KEY }),
  });
  const number = speech.position;
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        color="gray.8"
        disabled={number === 1 || move.isPending}
        aria-label={`Chuyển phát biểu ${number} lên`}
        onClick={() => move.mutate(number - 1)}
      >
        <IconArrowUp size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="gray.8"
        disabled={number === count || move.isPending}
        aria-label={`Chuyển phát biểu ${number} xuống`}
        onClick={() => move.mutate(number + 1)}
      >
        <IconArrowDown size={16} aria-hidden />
      </ActionIcon>
      {move.isError && (
        <Text size="xs" c="red.8" role="alert">
          {problemMessage(problemOf(move.error))}
        </Text>
      )}
    </Group>
  );
}
