import { Button, Container, Stack } from '@mantine/core';
import { useRouteError } from 'react-router';
import { ProblemAlert } from './problem-alert';

/** A page that failed to render or to load its code (e.g. after a new version was deployed). */
export function RouteError() {
  const error = useRouteError();
  return (
    <Container py="xl">
      <Stack align="flex-start">
        <ProblemAlert error={error} title="Trang này gặp lỗi" />
        <Button onClick={() => window.location.reload()}>Tải lại trang</Button>
      </Stack>
    </Container>
  );
}
