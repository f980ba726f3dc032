import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/hooks/use-page-title';
import { useAuth } from '@/lib/auth/auth-context';

/** Forgets the session here and signs out at the identity provider, which comes back to /signed-out. */
export function SignOutRoute() {
  const { t } = useTranslation('common');
  const { signOut } = useAuth();
  usePageTitle(t('signIn.signingOut'));
  useEffect(() => {
    void signOut();
  }, [signOut]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('signIn.signingOutHeading')}</h1>
      </div>
    </div>
  );
}
