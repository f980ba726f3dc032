import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { carerDetailsRows } from '@/components/carer-record/carer-details-rows';
import { InsetText } from '@/components/govuk/misc';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { SummaryList } from '@/components/govuk/summary-list';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import type { CarerRecord } from '@/lib/api/types';
import { showsIdentityCheckNotice } from '../identity-check';

export const changeDetailsPath = '/your-details/change';

export function YourDetails({ record, updated }: { record: CarerRecord; updated: boolean }) {
  // The rows read the pages' language through i18n; subscribing here re-renders them when it changes.
  const { t } = useTranslation('details');
  const parent = record.registeredBy === 'parent';
  const title = parent ? t('titleYoungCarer') : t('title');
  usePageTitle(title);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {updated ? <NotificationBanner type="success" heading={t('saved')} /> : null}
        {showsIdentityCheckNotice(record) ? <InsetText>{t('identityCheck')}</InsetText> : null}
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{parent ? t('introYoungCarer') : t('intro')}</p>
        <SummaryList rows={carerDetailsRows(record, { changeHref: (fieldId) => `${changeDetailsPath}#${fieldId}` })} />
        <h2 className="govuk-heading-m">{t('whoHasSeen')}</h2>
        <p className="govuk-body">{t('whoHasSeenText')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.recordAccesses}>
            {t('whoHasSeenLink')}
          </Link>
        </p>
      </div>
    </div>
  );
}
