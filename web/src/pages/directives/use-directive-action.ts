import { useMutation } from '@tanstack/react-query';
import { useDirectiveChanged, useReloadOnConflict, type Directive } from './directive-queries';

/**
 * One write on a directive from its page: once it succeeds the dialog closes and the user is told
 * `done(...)` while the page reloads; refused because the directive moved on (409, 412), the
 * page reloads it (unless `onError` handles that itself).
 */
export function useDirectiveAction<Variables, Result>(
  directive: Directive,
  options: {
    request(variables: Variables): Promise<Result>;
    done(result: Result, variables: Variables): string;
    onClose?(): void;
    onError?(error: Error): void | Promise<void>;
  },
) {
  const changed = useDirectiveChanged(directive.id);
  const reloadOnConflict = useReloadOnConflict(directive.id);
  return useMutation({
    mutationFn: options.request,
    onSuccess: async (result, variables) => {
      options.onClose?.();
      await changed(options.done(result, variables));
    },
    onError: options.onError ?? reloadOnConflict,
  });
}
