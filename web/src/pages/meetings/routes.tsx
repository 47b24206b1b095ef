import type { RouteObject } from 'react-router';

export const meetingRoutes: RouteObject[] = [];
