import { Navigate } from 'react-router';
import { homeOf } from '../../app/navigation';
import { useMe } from '../../auth/session';

export function HomeRedirect() {
  return <Navigate to={homeOf(useMe())} replace />;
}
