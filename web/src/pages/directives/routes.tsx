import type { RouteObject } from 'react-router';

/** The list, a directive's page and its history; each loads on first visit. */
export const directiveRoutes: RouteObject[] = [
  { path: 'nhiem-vu', lazy: () => import('./directive-list-page') },
  {
    path: '/nhiem-vu/:id',
    lazy: async () => ({ Component: (await import('./directive-page')).DirectivePage }),
  },
  {
    path: '/nhiem-vu/:id/lich-su',
    lazy: async () => ({ Component: (await import('./directive-history-page')).DirectiveHistoryPage }),
  },
];
