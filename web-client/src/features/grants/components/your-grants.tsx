import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/govuk/button';
import { Tag, type TagColour } from '@/components/govuk/misc';
import { usePageTitle } from '@/hooks/use-page-title';
import type { GrantApplication, GrantStatus } from '@/lib/api/types';
import { formatPence } from '@/lib/money';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { useGrantPurposes, useGrantStatuses } from './grant-words';

const colours: Record<GrantStatus, TagColour> = { submitted: 'blue', approved: 'green', declined: 'red', paid: 'green', cancelled: 'grey' };

/** "Your grants": each application, where it stands, and when it was paid. */
export function YourGrants({ grants }: { grants: GrantApplication[] }) {
  const { t } = useTranslation('grants');
  const purposes = useGrantPurposes();
  const statuses = useGrantStatuses();
  usePageTitle(t('list.title'));
  return (
    <>
      <h1 className="govuk-heading-l">{t('list.title')}</h1>
      <p className="govuk-body">{t('list.intro')}</p>
      <ButtonLink to="/grants/apply">{t('list.apply')}</ButtonLink>
      {grants.length === 0 ? (
        <p className="govuk-body">{t('list.none')}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{t('list.caption')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{t('list.for')}</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">{t('list.amount')}</th>
              <th scope="col" className="govuk-table__header">{t('list.appliedOn')}</th>
              <th scope="col" className="govuk-table__header">{t('list.status')}</th>
              <th scope="col" className="govuk-table__header">{t('list.paidOn')}</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {grants.map((grant) => (
              <tr className="govuk-table__row" key={grant.id}>
                <td className="govuk-table__cell">{purposes[grant.purpose]}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(grant.amountPence)}</td>
                <td className="govuk-table__cell">{formatDateTime(grant.submittedAt)}</td>
                <td className="govuk-table__cell">
                  <Tag colour={colours[grant.status]}>{statuses[grant.status]}</Tag>
                  {grant.declineReason ? <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">{grant.declineReason}</p> : null}
                </td>
                <td className="govuk-table__cell">{grant.paidOn ? formatDate(grant.paidOn) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
