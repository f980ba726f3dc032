import { Link } from 'react-router';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { usePageTitle } from '@/hooks/use-page-title';
import type { AssessmentQueueName, AssessmentQueuePage } from '@/lib/api/types';
import { assessmentKindLabels, assessmentStatusLabels } from '@/lib/reference-data';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { assessmentWorkPaths, queueLabels, queueNames } from '../paths';

/** The assessors' work queues: a link per queue (the current one marked), then its assessments. */
export function AssessmentQueue({
  queue,
  page,
  loading,
  nextTo,
}: {
  queue: AssessmentQueueName;
  page: AssessmentQueuePage | undefined;
  loading: boolean;
  nextTo: string | undefined;
}) {
  usePageTitle(`Assessments: ${queueLabels[queue].toLowerCase()}`);
  const reviews = queue === 'reviewsDue' || queue === 'reviewsOverdue';
  const reoffers = queue === 'reoffersDue';
  return (
    <>
      <h1 className="govuk-heading-l">Assessments</h1>
      <nav aria-label="Work queues" className="govuk-!-margin-bottom-6">
        <ul className="govuk-list app-inline-list">
          {queueNames.map((name) => (
            <li key={name}>
              <Link className="govuk-link govuk-link--no-visited-state" to={assessmentWorkPaths.queue(name)} aria-current={name === queue ? 'page' : undefined}>
                {name === queue ? <strong>{queueLabels[name]}</strong> : queueLabels[name]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {loading && !page ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : page && page.items.length === 0 ? (
        <p className="govuk-body">There are no assessments in this queue.</p>
      ) : page ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{queueLabels[queue]}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Carer</th>
              <th scope="col" className="govuk-table__header">Type</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">{reviews ? 'Review by' : reoffers ? 'Offer again from' : 'Asked for on'}</th>
              <th scope="col" className="govuk-table__header">Allocated to</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {page.items.map((item) => (
              <tr className="govuk-table__row" key={item.assessmentId}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={assessmentWorkPaths.assessment(item.assessmentId)} state={{ carerName: item.carerName }}>
                    {item.carerName}
                  </Link>
                </td>
                <td className="govuk-table__cell">{assessmentKindLabels[item.kind]}</td>
                <td className="govuk-table__cell">{assessmentStatusLabels[item.status]}</td>
                <td className="govuk-table__cell">
                  {reviews ? formatDate(item.nextReviewOn) : reoffers ? formatDate(item.reofferOn) : formatDateTime(item.requestedAt)}
                </td>
                <td className="govuk-table__cell">{item.allocatedTo ?? 'Nobody yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <PrevNextPagination next={nextTo ? { to: nextTo } : undefined} />
    </>
  );
}
