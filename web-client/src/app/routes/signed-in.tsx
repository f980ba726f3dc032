import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';
import { useAuth } from '@/lib/auth/auth-context';

/** Where the identity provider sends people back (and a popup's sign-in, which closes itself). */
export function SignedInRoute() {
  const { settings, completeSignIn } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  usePageTitle(failed ? 'You were not signed in' : 'Signing in');

  useEffect(() => {
    if (!settings) return;
    completeSignIn().then(
      (returnTo) => void navigate(returnTo, { replace: true }),
      () => setFailed(true),
    );
  }, [settings, completeSignIn, navigate]);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {failed ? (
          <>
            <h1 className="govuk-heading-l">You were not signed in</h1>
            <p className="govuk-body">The sign-in did not finish, or it took too long.</p>
            <p className="govuk-body">
              <Link className="govuk-link" to="/sign-in">
                Sign in again
              </Link>
            </p>
          </>
        ) : (
          <h1 className="govuk-heading-l">Signing you in</h1>
        )}
      </div>
    </div>
  );
}
