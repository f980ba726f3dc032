import { Navigate, useLocation } from 'react-router';
import { SignInChoice } from '@/features/auth/components/sign-in-choice';
import { useAuth } from '@/lib/auth/auth-context';
import { returnPathAfterSignIn } from '@/lib/auth/return-path';

export function SignInRoute() {
  const { session } = useAuth();
  const returnTo = returnPathAfterSignIn(useLocation().state);
  if (session) return <Navigate to={returnTo} replace />;
  return <SignInChoice returnTo={returnTo} />;
}
