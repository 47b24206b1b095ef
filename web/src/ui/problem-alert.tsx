import { Alert, Text } from '@mantine/core';
import { problemOf } from '../api/problem';
import { problemDetail, problemMessage } from '../i18n/problems';

/** What went wrong, in Vietnamese, with the API's own detail beneath and the request id for the help desk. */
export function ProblemAlert({ error, title = 'Không thực hiện được' }: { error: unknown; title?: string }) {
  if (!error) return null;
  const problem = problemOf(error);
  const detail = problemDetail(problem);
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">{problemMessage(problem)}</Text>
      {detail && (
        <Text size="xs" c="dimmed" mt={4} lang="en">
          {detail}
        </Text>
      )}
      {problem.requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          Mã yêu cầu: {problem.requestId}
        </Text>
      )}
    </Alert>
  );
}
