import { PrevNextPagination } from '@/components/govuk/pagination';
import { usePageTitle } from '@/hooks/use-page-title';
import { formatDateTime } from '@/lib/validation/date';
import type { RecordAccess } from '../api/list-my-record-accesses';

export const recordAccessesTitle = 'Who has seen your record';

/** What happened, in a word a 9-year-old reads easily. */
export const outcomeWords: Record<RecordAccess['outcome'], string> = {
  success: 'Allowed',
  forbidden: 'Stopped',
  unauthenticated: 'Stopped',
  notFound: 'Nothing found',
  conflict: 'Not changed',
  preconditionFailed: 'Not changed',
};

/** "your assessment" becomes "Your assessment" at the start of a table cell. */
const sentence = (text: string) => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

type RecordAccessesPageProps = {
  items: RecordAccess[];
  pageNumber: number;
  onNext: (() => void) | undefined;
  onPrevious: (() => void) | undefined;
};

/**
 * "Who has seen your record" (decision 0025): each time council staff, a partner organisation or a GP practice
 * looked at or changed the carer's information, with the team and why. Never the officer's name.
 */
export function RecordAccessesPage({ items, pageNumber, onNext, onPrevious }: RecordAccessesPageProps) {
  usePageTitle(recordAccessesTitle);
  return (
    <>
      <h1 className="govuk-heading-l">{recordAccessesTitle}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            This page shows each time someone from the council, a partner organisation or a GP practice looked at your information or changed
            it. It shows which team, and why. It does not show the times you looked yourself.
          </p>
          <p className="govuk-body">
            We do not show the names of staff. If you want to know who it was, ask the council’s data protection team. They can tell you.
          </p>
        </div>
      </div>
      {items.length === 0 && pageNumber === 1 ? (
        <p className="govuk-body">Nobody else has looked at your record yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Newest first{pageNumber > 1 ? `, page ${pageNumber}` : ''}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">When</th>
              <th scope="col" className="govuk-table__header">Who</th>
              <th scope="col" className="govuk-table__header">What they saw or did</th>
              <th scope="col" className="govuk-table__header">Why</th>
              <th scope="col" className="govuk-table__header">Result</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {items.map((access, index) => (
              <tr className="govuk-table__row" key={`${access.at}-${index}`}>
                <td className="govuk-table__cell">{formatDateTime(access.at)}</td>
                <td className="govuk-table__cell">
                  {access.organisation}
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{access.role}</span>
                </td>
                <td className="govuk-table__cell">{sentence(access.what)}</td>
                <td className="govuk-table__cell">{access.why}</td>
                <td className="govuk-table__cell">{outcomeWords[access.outcome]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PrevNextPagination
        previous={onPrevious ? { onClick: onPrevious } : undefined}
        next={onNext ? { onClick: onNext } : undefined}
        ariaLabel="Pages of who has seen your record"
      />
    </>
  );
}
