import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { notifySuccess } from '../../ui/notify';

/**
 * After a leader acts in place: every directive list and report is read again (the item
 * leaves "awaiting", the counts move) and a notification says what was done.
 */
export function useAfterDecision() {
  const queryClient = useQueryClient();
  return useCallback(
    async (message: string) => {
      notifySuccess(message);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['directives'] }),
        queryClient.invalidateQueries({ queryKey: ['reports'] }),
      ]);
    },
    [queryClient],
  );
}

/** After a refused action (someone acted first: 409, 412) the lists are read again so what is offered is current. */
export function useRefreshLists() {
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries({ queryKey: ['directives'] }), [queryClient]);
}
