import { usePageTitle } from '@/hooks/use-page-title';
import type { TeamCaseload as TeamCaseloadView } from '@/lib/api/types';
import { formatDate } from '@/lib/validation/date';

/** The managers' team view: counts per assessor (by sign-in name) and the work nobody holds. No carer's data. */
export function TeamCaseload({ team }: { team: TeamCaseloadView }) {
  usePageTitle('Team caseload');
  const nobody = team.unallocated;
  return (
    <>
      <h1 className="govuk-heading-l">Team caseload</h1>
      <p className="govuk-body">
        Counts on {formatDate(team.asOn)}. Overdue assessments have had no decision 28 days after the carer asked; reviews due are those
        due in the next 30 days.
      </p>
      {team.assessors.length === 0 ? (
        <p className="govuk-body">No assessor holds any work.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Each assessor’s work</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Assessor</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Open assessments</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Overdue</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Reviews due</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Reviews overdue</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {team.assessors.map((row) => (
              <tr className="govuk-table__row" key={row.assessor}>
                <th scope="row" className="govuk-table__header">
                  {row.assessor}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.openAssessments}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.overdue}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.reviewsDueIn30Days}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.reviewsOverdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="govuk-heading-m">Unallocated work</h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Open assessments</dt>
          <dd className="govuk-summary-list__value">{nobody.openAssessments}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Overdue</dt>
          <dd className="govuk-summary-list__value">{nobody.overdue}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Reviews due</dt>
          <dd className="govuk-summary-list__value">{nobody.reviewsDueIn30Days}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Reviews overdue</dt>
          <dd className="govuk-summary-list__value">{nobody.reviewsOverdue}</dd>
        </div>
      </dl>
      <p className="govuk-body">Assessors take this work from the ‘Unallocated’ queue on their Assessments page.</p>
    </>
  );
}
