import { Link } from 'react-router';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { usePageTitle } from '@/hooks/use-page-title';
import type { MyCaseloadItem, MyCaseloadPage } from '@/lib/api/types';
import { assessmentKindLabels, assessmentStatusLabels } from '@/lib/reference-data';
import { formatDate } from '@/lib/validation/date';

const dueLabels: Record<MyCaseloadItem['due'], string> = {
  decision: 'Decision',
  review: 'Review of the support plan',
};

/** "My caseload": the assessor's own assessments and reviews, soonest due first, each linking to the assessment. */
export function MyCaseload({
  page,
  loading,
  nextTo,
  assessmentTo,
}: {
  page: MyCaseloadPage | undefined;
  loading: boolean;
  nextTo: string | undefined;
  assessmentTo: (assessmentId: string) => string;
}) {
  usePageTitle('My caseload');
  return (
    <>
      <h1 className="govuk-heading-l">My caseload</h1>
      <p className="govuk-body">
        The assessments allocated to you that are still open, and the reviews of support plans on assessments allocated to you, soonest due
        first. A decision is due 28 days after the carer asked.
      </p>
      {loading && !page ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : page && page.items.length === 0 ? (
        <p className="govuk-body">Nothing is allocated to you. Take work from the unallocated queue.</p>
      ) : page ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">What is due</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Carer</th>
              <th scope="col" className="govuk-table__header">Due</th>
              <th scope="col" className="govuk-table__header">Due by</th>
              <th scope="col" className="govuk-table__header">Type</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">Booked for</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {page.items.map((item) => (
              <tr className="govuk-table__row" key={item.assessmentId}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={assessmentTo(item.assessmentId)} state={{ carerName: item.carerName }}>
                    {item.carerName}
                  </Link>
                </td>
                <td className="govuk-table__cell">{dueLabels[item.due]}</td>
                <td className="govuk-table__cell">
                  {formatDate(item.dueOn)}
                  {item.overdue ? (
                    <>
                      {' '}
                      <strong className="govuk-tag govuk-tag--red">Overdue</strong>
                    </>
                  ) : null}
                </td>
                <td className="govuk-table__cell">{assessmentKindLabels[item.kind]}</td>
                <td className="govuk-table__cell">{assessmentStatusLabels[item.status]}</td>
                <td className="govuk-table__cell">{item.scheduledFor ? formatDate(item.scheduledFor) : 'Not booked'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <PrevNextPagination next={nextTo ? { to: nextTo } : undefined} />
    </>
  );
}
