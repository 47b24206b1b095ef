import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { DirectivePage } from '../../lib/use-directive-pages';
import type { DirectiveRow } from '../../ui/directive-table';

/** One page of this many is enough for what awaits a decision on one morning; `complete` says when there are more. */
const PAGE_SIZE = 100;

/** The directives with an extension request awaiting a decision, most pressing deadline first. */
export function usePendingExtensions() {
  return useQuery({
    queryKey: ['directives', 'pending-extensions'],
    queryFn: async () => {
      const page = unwrap(
        await api.GET('/api/v1/directives', { params: { query: { pendingExtension: 'true', limit: PAGE_SIZE } } }),
      ) as DirectivePage;
      return { directives: page.items as DirectiveRow[], complete: page.nextCursor === null };
    },
  });
}
