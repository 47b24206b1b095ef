import type { RouteObject } from 'react-router';
import { RequireSession } from '../auth/require-session';
import { SignInPage } from '../auth/sign-in-page';
import { agencyRoutes } from '../pages/agency/routes';
import { calendarRoutes } from '../pages/calendar/routes';
import { dashboardRoutes } from '../pages/dashboard/routes';
import { directiveRoutes } from '../pages/directives/routes';
import { directoryRoutes } from '../pages/directory/routes';
import { HomeRedirect } from '../pages/home/home-redirect';
import { NotFoundPage } from '../pages/home/not-found-page';
import { leagueRoutes } from '../pages/league/routes';
import { meetingRoutes } from '../pages/meetings/routes';
import { notificationRoutes } from '../pages/notifications/routes';
import { searchRoutes } from '../pages/search/routes';
import { userRoutes } from '../pages/users/routes';
import { PageLoader } from '../ui/page-loader';
import { RouteError } from '../ui/route-error';
import { Layout } from './layout';

/** Each area owns its routes (pages/<area>/routes.tsx); this file only places them. */
export const routes: RouteObject[] = [
  { path: '/dang-nhap', element: <SignInPage /> },
  {
    element: (
      <RequireSession>
        <Layout />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    // Shown while the first screen's lazily loaded code arrives.
    hydrateFallbackElement: <PageLoader />,
    children: [
      { index: true, element: <HomeRedirect /> },
      ...meetingRoutes,
      ...directiveRoutes,
      ...agencyRoutes,
      ...dashboardRoutes,
      ...leagueRoutes,
      ...directoryRoutes,
      ...notificationRoutes,
      ...calendarRoutes,
      ...userRoutes,
      ...searchRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
