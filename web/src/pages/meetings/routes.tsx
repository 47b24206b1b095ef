import type { RouteObject } from 'react-router';

// Each page is its own chunk: the form (drag and drop, the draft) loads only when someone records a meeting.
export const meetingRoutes: RouteObject[] = [
  {
    path: '/cuoc-hop',
    lazy: async () => ({ Component: (await import('./meetings-list-page')).MeetingsListPage }),
  },
  {
    path: '/cuoc-hop/moi',
    lazy: async () => ({ Component: (await import('./record/record-meeting-page')).RecordMeetingPage }),
  },
  {
    path: '/cuoc-hop/nhap',
    lazy: async () => ({ Component: (await import('./import/import-meeting-page')).ImportMeetingPage }),
  },
  {
    path: '/cuoc-hop/nhap/:id',
    lazy: async () => ({ Component: (await import('./import/import-review-page')).ImportReviewPage }),
  },
  {
    path: '/cuoc-hop/:id',
    lazy: async () => ({ Component: (await import('./meeting-page')).MeetingPage }),
  },
];
