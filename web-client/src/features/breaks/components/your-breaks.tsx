import { Link } from 'react-router';
import { ButtonLink } from '@/components/govuk/button';
import { Tag } from '@/components/govuk/misc';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Break } from '@/lib/api/types';
import { breakStatusLabels, breakTypeLabels } from '@/lib/reference-data';
import { breakPaths } from '../paths';
import { breakStatusColours, canCancel, datesText } from '../break-text';

/** "Your breaks": each break, who it is for, where it stands, and Cancel while it can be. */
export function YourBreaks({ breaks, banner }: { breaks: Break[]; banner?: string | undefined }) {
  usePageTitle('Your breaks');
  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">Your breaks</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            A break gives you time for yourself while someone else looks after the person you care for: a sitter at home, a short
            break, residential respite, Shared Lives or day opportunities. You can ask for up to 4 hours of sitting service a week.
          </p>
          <ButtonLink to={breakPaths.who}>Ask for a break</ButtonLink>
        </div>
      </div>
      {breaks.length === 0 ? (
        <p className="govuk-body">You have not asked for a break yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Your breaks, latest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Break</th>
              <th scope="col" className="govuk-table__header">For</th>
              <th scope="col" className="govuk-table__header">When</th>
              <th scope="col" className="govuk-table__header">Provider</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {breaks.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">
                  {breakTypeLabels[item.breakType]}
                  {item.emergency ? (
                    <>
                      {' '}
                      <Tag colour="red">Emergency</Tag>
                    </>
                  ) : null}
                </td>
                <td className="govuk-table__cell">{item.caredForName}</td>
                <td className="govuk-table__cell">{datesText(item)}</td>
                <td className="govuk-table__cell">{item.providerName}</td>
                <td className="govuk-table__cell">
                  <Tag colour={breakStatusColours[item.status]}>{breakStatusLabels[item.status]}</Tag>
                  {item.decisionReason && item.status === 'declined' ? (
                    <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">{item.decisionReason}</p>
                  ) : null}
                </td>
                <td className="govuk-table__cell">
                  {canCancel(item.status) ? (
                    <Link className="govuk-link" to={breakPaths.cancel(item.id)}>
                      Cancel
                      <span className="govuk-visually-hidden">{` the ${breakTypeLabels[item.breakType].toLowerCase()} for ${item.caredForName} on ${datesText(item)}`}</span>
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
