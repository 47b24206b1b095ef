import type { RouteObject } from 'react-router';

export const directiveRoutes: RouteObject[] = [];
