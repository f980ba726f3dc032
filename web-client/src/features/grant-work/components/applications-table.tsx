import type { Ref } from 'react';
import { Link } from 'react-router';
import { Tag } from '@/components/govuk/misc';
import { paths } from '@/config/paths';
import type { GrantApplication } from '@/lib/api/types';
import { formatPence } from '@/lib/money';
import { grantPurposeLabels } from '@/lib/reference-data';
import { formatDate, formatDateTime } from '@/lib/validation/date';

function assessmentText(application: GrantApplication): string {
  if (application.assessmentEligible === null || application.assessmentEligible === undefined) return 'No decided assessment';
  const outcome = application.assessmentEligible ? 'Eligible' : 'Not eligible';
  return application.assessmentDecidedAt ? `${outcome}, decided ${formatDateTime(application.assessmentDecidedAt)}` : outcome;
}

export { assessmentText };

/** The applications in one list, each linking to its page (the application goes along in history state). */
export function ApplicationsTable({
  applications,
  caption,
  captionRef,
}: {
  applications: GrantApplication[];
  caption: string;
  captionRef?: Ref<HTMLTableCaptionElement>;
}) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m" ref={captionRef}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Carer</th>
          <th scope="col" className="govuk-table__header">For</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Amount</th>
          <th scope="col" className="govuk-table__header">Applied on</th>
          <th scope="col" className="govuk-table__header">Assessment</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {applications.map((application) => (
          <tr className="govuk-table__row" key={application.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={paths.grantApplication(application.id)} state={{ application }}>
                {application.carerName}
                <span className="govuk-visually-hidden">’s application for {formatPence(application.amountPence)}</span>
              </Link>
              {application.status === 'approved' && application.late ? (
                <>
                  {' '}
                  <Tag colour="red">Late</Tag>
                </>
              ) : null}
            </td>
            <td className="govuk-table__cell">{grantPurposeLabels[application.purpose]}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(application.amountPence)}</td>
            <td className="govuk-table__cell">{formatDate(application.submittedAt.slice(0, 10))}</td>
            <td className="govuk-table__cell">{assessmentText(application)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
