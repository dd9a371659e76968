import { Navigate } from 'react-router';
import { useCurrentUser } from '../features/auth/use-session';
import { homePathOf } from './navigation';

/** `/` opens each role's first page: the 一张图 for supervisors, tasks for grid workers, the own unit for enterprises. */
export function HomeRedirect() {
  return <Navigate to={homePathOf(useCurrentUser())} replace />;
}
