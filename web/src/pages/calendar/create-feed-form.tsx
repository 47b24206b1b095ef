import { Button, Paper, Radio, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ProblemAlert } from '../../ui/problem-alert';
import { CALENDAR_SCOPE, useCreateCalendarFeed, type CalendarScope, type CreatedCalendarFeed } from './calendar-queries';

export function CreateFeedForm({ onCreated }: { onCreated(feed: CreatedCalendarFeed): void }) {
  const [scope, setScope] = useState<CalendarScope>('me');
  const create = useCreateCalendarFeed();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(scope, { onSuccess: onCreated });
  };

  return (
    <Paper component="form" onSubmit={submit} withBorder p="md">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4">
          Tạo đường dẫn lịch mới
        </Title>
        <Radio.Group label="Lịch gồm những gì" value={scope} onChange={(value) => setScope(value as CalendarScope)}>
          <Stack gap="xs" mt="xs">
            {(Object.keys(CALENDAR_SCOPE) as CalendarScope[]).map((key) => (
              <Radio key={key} value={key} label={CALENDAR_SCOPE[key].label} description={CALENDAR_SCOPE[key].description} />
            ))}
          </Stack>
        </Radio.Group>
        <ProblemAlert error={create.error} title="Không tạo được đường dẫn lịch" />
        <Button type="submit" loading={create.isPending}>
          Tạo đường dẫn lịch
        </Button>
      </Stack>
    </Paper>
  );
}
