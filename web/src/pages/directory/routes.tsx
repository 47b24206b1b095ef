import type { RouteObject } from 'react-router';

export const directoryRoutes: RouteObject[] = [];
