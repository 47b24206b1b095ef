import type { RouteObject } from 'react-router';

export const notificationRoutes: RouteObject[] = [
  { path: '/thong-bao', lazy: { Component: async () => (await import('./notifications-page')).NotificationsPage } },
];
