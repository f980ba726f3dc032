import { Navigate, useNavigate } from 'react-router';
import { env } from '@/config/env';
import { DevSignInForm } from '@/features/auth/components/dev-sign-in-form';
import { EntraSignIn } from '@/features/auth/components/entra-sign-in';
import { useAuth } from '@/lib/auth/auth-context';

export function SignInRoute() {
  const { session, sessionExpired, signIn } = useAuth();
  const navigate = useNavigate();
  if (env.authMode === 'entra') return <EntraSignIn />;
  if (session) return <Navigate to="/" replace />;
  return (
    <DevSignInForm
      sessionExpired={sessionExpired}
      onSignedIn={(next) => {
        signIn(next);
        void navigate('/', { replace: true });
      }}
    />
  );
}
