import type { RouteObject } from 'react-router';

const people = () => import('./person-pages');
const organizations = () => import('./organization-pages');

export const directoryRoutes: RouteObject[] = [
  { path: '/nhan-su', lazy: { Component: async () => (await import('./people-page')).PeoplePage } },
  { path: '/nhan-su/moi', lazy: { Component: async () => (await people()).NewPersonPage } },
  { path: '/nhan-su/:id', lazy: { Component: async () => (await people()).PersonPage } },
  { path: '/co-quan', lazy: { Component: async () => (await import('./organizations-page')).OrganizationsPage } },
  { path: '/co-quan/moi', lazy: { Component: async () => (await organizations()).NewOrganizationPage } },
  { path: '/co-quan/:id', lazy: { Component: async () => (await organizations()).OrganizationPage } },
];
