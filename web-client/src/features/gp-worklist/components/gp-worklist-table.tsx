import type { Ref } from 'react';
import { Link } from 'react-router';
import { Tag } from '@/components/govuk/misc';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { formatNhsNumber } from '@/lib/validation/nhs-number';
import type { GpIdentifiedPerson } from '../api/list-gp-identified-people';
import { contactOutcomeLabels } from '../outcomes';

type GpWorklistTableProps = { people: GpIdentifiedPerson[]; pageNumber: number; captionRef: Ref<HTMLTableCaptionElement> };

/** People awaiting contact, oldest first: what the flag says, the attempts so far, and the two things staff do next. */
export function GpWorklistTable({ people, pageNumber, captionRef }: GpWorklistTableProps) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m" ref={captionRef}>
        People awaiting contact{pageNumber > 1 ? `, page ${pageNumber}` : ''}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">NHS number</th>
          <th scope="col" className="govuk-table__header">GP practice</th>
          <th scope="col" className="govuk-table__header">First flagged</th>
          <th scope="col" className="govuk-table__header">Attempts</th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {people.map((person) => {
          const nhs = formatNhsNumber(person.nhsNumber);
          const latest = person.latestAttempt;
          return (
            <tr className="govuk-table__row" key={person.nhsNumber}>
              <td className="govuk-table__cell">{nhs}</td>
              <td className="govuk-table__cell">{person.odsCode}</td>
              <td className="govuk-table__cell">
                {formatDateTime(person.firstFlaggedAt)}
                <br />
                <span className="govuk-body-s">Latest flag {formatDate(person.latestFlagOn)}</span>
              </td>
              <td className="govuk-table__cell">
                {person.attemptCount === 0 ? (
                  <Tag colour="blue">Not tried yet</Tag>
                ) : (
                  <>
                    {person.attemptCount} {person.attemptCount === 1 ? 'attempt' : 'attempts'}
                    {latest ? (
                      <>
                        <br />
                        <span className="govuk-body-s">
                          Latest: {contactOutcomeLabels[latest.outcome]}, {formatDateTime(latest.attemptedAt)}
                          {latest.note ? `: ${latest.note}` : ''}
                        </span>
                      </>
                    ) : null}
                  </>
                )}
              </td>
              <td className="govuk-table__cell">
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  <li>
                    <Link className="govuk-link" to={paths.gpContactAttempt(person.nhsNumber)} state={{ person }}>
                      Record an attempt<span className="govuk-visually-hidden"> for NHS number {nhs}</span>
                    </Link>
                  </li>
                  <li>
                    <Link className="govuk-link" to={paths.registerCarer(person.nhsNumber)}>
                      Register as a carer<span className="govuk-visually-hidden"> (NHS number {nhs})</span>
                    </Link>
                  </li>
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
