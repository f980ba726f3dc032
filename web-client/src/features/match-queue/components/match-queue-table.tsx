import type { Ref } from 'react';
import { Link } from 'react-router';
import { Tag } from '@/components/govuk/misc';
import { paths } from '@/config/paths';
import type { MatchCandidate, MatchPerson } from '@/lib/api/types';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { personName, recordsOf } from '../decision';

function PersonCell({ person }: { person: MatchPerson }) {
  return (
    <td className="govuk-table__cell">
      {personName(person)}
      <br />
      <span className="govuk-body-s">
        Born {formatDate(person.dateOfBirth)}, {person.postcode}
      </span>
    </td>
  );
}

type MatchQueueTableProps = {
  candidates: MatchCandidate[];
  pageNumber: number;
  captionRef: Ref<HTMLTableCaptionElement>;
};

/** Matches waiting, oldest first; each opens the page that compares the two records. */
export function MatchQueueTable({ candidates, pageNumber, captionRef }: MatchQueueTableProps) {
  return (
    <table className="govuk-table app-table--figures">
      <caption className="govuk-table__caption govuk-table__caption--m" ref={captionRef}>
        Matches waiting for a decision{pageNumber > 1 ? `, page ${pageNumber}` : ''}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Found</th>
          <th scope="col" className="govuk-table__header">Record A (held)</th>
          <th scope="col" className="govuk-table__header">Record B (new)</th>
          <th scope="col" className="govuk-table__header">Why</th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {candidates.map((candidate) => {
          const records = recordsOf(candidate);
          return (
            <tr className="govuk-table__row" key={candidate.id}>
              <td className="govuk-table__cell">{formatDateTime(candidate.foundAt)}</td>
              <PersonCell person={records.A} />
              <PersonCell person={records.B} />
              <td className="govuk-table__cell">
                {candidate.reason}
                {candidate.kind === 'signInClaim' ? (
                  <>
                    {' '}
                    <Tag colour="orange">Sign-in claim</Tag>
                  </>
                ) : null}
              </td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={paths.matchCandidate(candidate.id)} state={{ candidate }}>
                  Compare<span className="govuk-visually-hidden"> the records of {personName(records.A)} and {personName(records.B)}</span>
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
