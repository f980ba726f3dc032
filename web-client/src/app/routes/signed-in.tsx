import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';
import { useAuth } from '@/lib/auth/auth-context';

/** Where the identity provider sends people back (and a popup's sign-in, which closes itself). */
export function SignedInRoute() {
  const { settings, completeSignIn } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const { t } = useTranslation('common');
  usePageTitle(failed ? t('signIn.notSignedIn') : t('signIn.signingIn'));

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
            <h1 className="govuk-heading-l">{t('signIn.notSignedIn')}</h1>
            <p className="govuk-body">{t('signIn.notFinished')}</p>
            <p className="govuk-body">
              <Link className="govuk-link" to="/sign-in">
                {t('signIn.signInAgain')}
              </Link>
            </p>
          </>
        ) : (
          <h1 className="govuk-heading-l">{t('signIn.signingInHeading')}</h1>
        )}
      </div>
    </div>
  );
}
