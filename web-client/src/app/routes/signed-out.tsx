import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';

export function SignedOutRoute() {
  const { t } = useTranslation('common');
  usePageTitle(t('signIn.signedOut'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('signIn.signedOut')}</h1>
        <p className="govuk-body">{t('signIn.signedOutText')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            {t('signIn.signInAgain')}
          </Link>
        </p>
      </div>
    </div>
  );
}
