import type { RouteObject } from 'react-router';

/** The directive page and its history; the list at /nhiem-vu is another area's. Both load on first visit. */
export const directiveRoutes: RouteObject[] = [
  {
    path: '/nhiem-vu/:id',
    lazy: async () => ({ Component: (await import('./directive-page')).DirectivePage }),
  },
  {
    path: '/nhiem-vu/:id/lich-su',
    lazy: async () => ({ Component: (await import('./directive-history-page')).DirectiveHistoryPage }),
  },
];
