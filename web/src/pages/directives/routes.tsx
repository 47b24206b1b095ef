import type { RouteObject } from 'react-router';

export const directiveRoutes: RouteObject[] = [{ path: 'nhiem-vu', lazy: () => import('./directive-list-page') }];
