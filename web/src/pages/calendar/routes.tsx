import type { RouteObject } from 'react-router';

export const calendarRoutes: RouteObject[] = [];
