import { Alert, Text } from '@mantine/core';
import { problemOf } from '../api/problem';
import { problemDetail, problemMessage } from '../i18n/problems';

/**
 * What went wrong, in Vietnamese. The API's own sentence (English, for developers) and the request id
 * stay folded under "Chi tiết kỹ thuật", for the help desk: nothing is hidden, nothing foreign is in the way.
 */
export function ProblemAlert({ error, title = 'Không thực hiện được' }: { error: unknown; title?: string }) {
  if (!error) return null;
  const problem = problemOf(error);
  const detail = problemDetail(problem);
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">{problemMessage(problem)}</Text>
      {(detail || problem.requestId) && (
        <details className="problem-details">
          <summary>Chi tiết kỹ thuật</summary>
          {detail && (
            <Text size="xs" mt={4} lang="en">
              {detail}
            </Text>
          )}
          {problem.requestId && (
            <Text size="xs" mt={4}>
              Mã yêu cầu: {problem.requestId}
            </Text>
          )}
        </details>
      )}
    </Alert>
  );
}
