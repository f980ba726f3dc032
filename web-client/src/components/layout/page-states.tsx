import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';

/** While a page's data loads: its own heading, and a status message screen readers announce. */
export function PageLoading({ title }: { title: string }) {
  const { t } = useTranslation('common');
  usePageTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body" role="status">
        {t('pageStates.loading')}
      </p>
    </>
  );
}

/** GOV.UK's "There is a problem with the service" page, for an error no form can show. */
export function ServiceProblem({ error }: { error?: unknown }) {
  const { t } = useTranslation('common');
  usePageTitle(t('pageStates.serviceProblem'));
  const notAllowed = isApiError(error) && error.status === 403;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('pageStates.serviceProblem')}</h1>
        <p className="govuk-body">{notAllowed ? t('pageStates.notAllowed') : t('pageStates.tryLater')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            {t('pageStates.goToStart')}
          </Link>
        </p>
      </div>
    </div>
  );
}

export function PageNotFound() {
  const { t } = useTranslation('common');
  usePageTitle(t('pageStates.notFound'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('pageStates.notFound')}</h1>
        <p className="govuk-body">{t('pageStates.typedAddress')}</p>
        <p className="govuk-body">{t('pageStates.pastedAddress')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            {t('pageStates.goToStart')}
          </Link>
        </p>
      </div>
    </div>
  );
}
