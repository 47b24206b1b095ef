import type { RouteObject } from 'react-router';

export const dashboardRoutes: RouteObject[] = [{ path: 'tong-quan', lazy: () => import('./leader-dashboard-page') }];
