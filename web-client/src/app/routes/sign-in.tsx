import { Navigate, useLocation, useNavigate } from 'react-router';
import { env } from '@/config/env';
import { DevSignInForm } from '@/features/auth/components/dev-sign-in-form';
import { EntraSignIn } from '@/features/auth/components/entra-sign-in';
import { useAuth } from '@/lib/auth/auth-context';
import { returnPathAfterSignIn } from '@/lib/auth/return-path';

export function SignInRoute() {
  const { session, sessionExpired, signIn } = useAuth();
  const navigate = useNavigate();
  const returnTo = returnPathAfterSignIn(useLocation().state);
  if (env.authMode === 'entra') return <EntraSignIn />;
  if (session) return <Navigate to={returnTo} replace />;
  return (
    <DevSignInForm
      sessionExpired={sessionExpired}
      onSignedIn={(next) => {
        signIn(next);
        void navigate(returnTo, { replace: true });
      }}
    />
  );
}
