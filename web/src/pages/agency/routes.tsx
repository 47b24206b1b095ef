import type { RouteObject } from 'react-router';

export const agencyRoutes: RouteObject[] = [{ path: 'viec-cua-don-vi', lazy: () => import('./agency-work-page') }];
