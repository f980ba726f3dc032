import { Link } from 'react-router';
import { PrevNextPagination } from '@/components/govuk/pagination';
import type { AccessReason } from '@/lib/api/access-reason';
import type { CarerSummary } from '@/lib/api/types';
import { carerCategoryLabels } from '@/lib/reference-data';
import { formatDate } from '@/lib/validation/date';
import { formatNhsNumber } from '@/lib/validation/nhs-number';

export const carerPath = (carerId: string) => `/carers/${carerId}`;

type SearchResultsProps = {
  items: CarerSummary[];
  pageNumber: number;
  /** This results page, for the carer page's back link. */
  from: string;
  /** Why the officer searched: a record opened from the results is read for the same reason. */
  accessReason: AccessReason;
  onNext: (() => void) | undefined;
  onPrevious: (() => void) | undefined;
};

export function SearchResults({ items, pageNumber, from, accessReason, onNext, onPrevious }: SearchResultsProps) {
  if (items.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">No carers found</h2>
        <p className="govuk-body">Check the spelling, or search with fewer details. A postcode district, like LU2, finds more.</p>
      </>
    );
  }
  return (
    <>
      <table className="govuk-table app-table--figures">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Search results{pageNumber > 1 ? `, page ${pageNumber}` : ''}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Name</th>
            <th scope="col" className="govuk-table__header">Date of birth</th>
            <th scope="col" className="govuk-table__header">Postcode</th>
            <th scope="col" className="govuk-table__header">NHS number</th>
            <th scope="col" className="govuk-table__header">Type of carer</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((carer) => (
            <tr className="govuk-table__row" key={carer.id}>
              <th scope="row" className="govuk-table__header">
                {carer.id ? (
                  <Link className="govuk-link" to={carerPath(carer.id)} state={{ from, accessReason }}>
                    {carer.familyName}, {carer.givenName}
                  </Link>
                ) : (
                  `${carer.familyName}, ${carer.givenName}`
                )}
              </th>
              <td className="govuk-table__cell">{formatDate(carer.dateOfBirth)}</td>
              <td className="govuk-table__cell">{carer.postcode}</td>
              <td className="govuk-table__cell">{carer.nhsNumber ? formatNhsNumber(carer.nhsNumber) : 'Not known'}</td>
              <td className="govuk-table__cell">{carer.category ? carerCategoryLabels[carer.category] : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PrevNextPagination previous={onPrevious ? { onClick: onPrevious } : undefined} next={onNext ? { onClick: onNext } : undefined} />
    </>
  );
}
