import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '@/lib/auth/auth-context';
import { areaForRole, type AreaOfWork } from '@/lib/auth/session';

/** Lets only signed-in people of the given areas through; others go to sign in (and come back here after it), or home. */
export function RequireRole({ areas }: { areas: AreaOfWork[] }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (!areas.includes(areaForRole(session.role))) return <Navigate to="/" replace />;
  return <Outlet />;
}
