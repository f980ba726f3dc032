import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmationPanel } from '@/components/govuk/panel';
import { usePageTitle } from '@/hooks/use-page-title';

/** Shown once, after RegisterCarer succeeded; the record itself is on "Your details". */
export function ConfirmationPage({ reference, parent }: { reference: string | undefined; parent: boolean }) {
  const { t } = useTranslation('registration');
  usePageTitle(t('confirmation.title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title={t('confirmation.title')}>
          {reference ? (
            <>
              {t('confirmation.reference')}
              <br />
              <strong>{reference.slice(0, 8).toUpperCase()}</strong>
            </>
          ) : null}
        </ConfirmationPanel>
        <h2 className="govuk-heading-m">{t('confirmation.nextHeading')}</h2>
        <p className="govuk-body">{parent ? t('confirmation.nextYoungCarer') : t('confirmation.next')}</p>
        <p className="govuk-body">{parent ? t('confirmation.tellUsYoungCarer') : t('confirmation.tellUs')}</p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/your-details">
              {parent ? t('confirmation.viewDetailsYoungCarer') : t('confirmation.viewDetails')}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/people-you-care-for">
              {parent ? t('confirmation.peopleYoungCarer') : t('confirmation.people')}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/sharing-your-information">
              {t('confirmation.sharing')}
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
