import { useQueryClient } from '@tanstack/react-query';
import { notifySuccess } from '../../../ui/notify';
import { MEETINGS_KEY } from '../meeting-queries';

/**
 * After a change to a meeting: its page, its progress and the list load again (a change to one
 * part moves others: a new chair, renumbered speeches, one more directive), and the user is told.
 */
export function useMeetingChanged() {
  const queryClient = useQueryClient();
  return async (message: string) => {
    notifySuccess(message);
    await queryClient.invalidateQueries({ queryKey: MEETINGS_KEY });
  };
}
