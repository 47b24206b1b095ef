import type { RouteObject } from 'react-router';

export const agencyRoutes: RouteObject[] = [];
