import { Center } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageLoader } from '../ui/page-loader';
import { useSession } from './session';

/** Routes inside need a signed-in user; others go to the sign-in page and come back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <Center mih="100vh">
        <PageLoader />
      </Center>
    );
  }
  if (state.status === 'signed_out') {
    return <Navigate to="/dang-nhap" replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}
