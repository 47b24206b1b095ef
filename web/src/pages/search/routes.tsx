import type { RouteObject } from 'react-router';

export const searchRoutes: RouteObject[] = [
  { path: '/tim-kiem', lazy: { Component: async () => (await import('./search-page')).SearchPage } },
];
