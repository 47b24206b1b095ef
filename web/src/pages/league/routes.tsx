import type { RouteObject } from 'react-router';

export const leagueRoutes: RouteObject[] = [];
