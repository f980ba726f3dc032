import { Navigate } from 'react-router';
import { useAuth } from '@/lib/auth/auth-context';
import { areaForRole } from '@/lib/auth/session';

/** "/" sends each person to where their work starts. */
export function HomeRoute() {
  const { session } = useAuth();
  if (!session) return <Navigate to="/sign-in" replace />;
  switch (areaForRole(session.role)) {
    case 'carer':
      return <Navigate to="/your-details" replace />;
    case 'assessor':
      return <Navigate to="/carers" replace />;
    case 'grants':
      return <Navigate to="/grant-applications" replace />;
    case 'duty':
      return <Navigate to="/emergency-card" replace />;
    default:
      return <Navigate to="/staff" replace />;
  }
}
