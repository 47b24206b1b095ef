import type { RouteObject } from 'react-router';

export const leagueRoutes: RouteObject[] = [{ path: 'xep-hang', lazy: () => import('./league-table-page') }];
