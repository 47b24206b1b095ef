import type { RouteObject } from 'react-router';

export const calendarRoutes: RouteObject[] = [
  { path: '/lich', lazy: { Component: async () => (await import('./calendar-page')).CalendarPage } },
];
