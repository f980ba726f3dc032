import { ButtonLink } from '@/components/govuk/button';
import { Tag, type TagColour } from '@/components/govuk/misc';
import { usePageTitle } from '@/hooks/use-page-title';
import type { GrantApplication, GrantStatus } from '@/lib/api/types';
import { formatPence } from '@/lib/money';
import { grantPurposeLabels, grantStatusLabels } from '@/lib/reference-data';
import { formatDate, formatDateTime } from '@/lib/validation/date';

const colours: Record<GrantStatus, TagColour> = { submitted: 'blue', approved: 'green', declined: 'red', paid: 'green', cancelled: 'grey' };

/** "Your grants": each application, where it stands, and when it was paid. */
export function YourGrants({ grants }: { grants: GrantApplication[] }) {
  usePageTitle('Your grants');
  return (
    <>
      <h1 className="govuk-heading-l">Your grants</h1>
      <p className="govuk-body">
        A carers grant is a one-off payment for your own wellbeing, such as a break, equipment or driving lessons. You
        can apply once you have had a carer’s assessment that found eligible needs in the last 12 months.
      </p>
      <ButtonLink to="/grants/apply">Apply for a grant</ButtonLink>
      {grants.length === 0 ? (
        <p className="govuk-body">You have not applied for a grant yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Your applications</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">For</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Amount</th>
              <th scope="col" className="govuk-table__header">Applied on</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">Paid on</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {grants.map((grant) => (
              <tr className="govuk-table__row" key={grant.id}>
                <td className="govuk-table__cell">{grantPurposeLabels[grant.purpose]}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(grant.amountPence)}</td>
                <td className="govuk-table__cell">{formatDateTime(grant.submittedAt)}</td>
                <td className="govuk-table__cell">
                  <Tag colour={colours[grant.status]}>{grantStatusLabels[grant.status]}</Tag>
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
