import type { RouteObject } from 'react-router';

const userPages = () => import('./user-pages');

/** Accounts, for the administrator (users:manage). */
export const userRoutes: RouteObject[] = [
  { path: '/tai-khoan', lazy: { Component: async () => (await import('./users-page')).UsersPage } },
  { path: '/tai-khoan/moi', lazy: { Component: async () => (await userPages()).NewUserPage } },
  { path: '/tai-khoan/:id', lazy: { Component: async () => (await userPages()).UserPage } },
];
