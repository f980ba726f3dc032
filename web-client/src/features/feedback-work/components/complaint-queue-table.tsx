import type { Ref } from 'react';
import { Link } from 'react-router';
import { Tag } from '@/components/govuk/misc';
import type { ComplaintRecord } from '@/lib/api/types';
import { acknowledgementColours, acknowledgementLabels, feedbackAboutLabels, feedbackStatusLabels } from '@/lib/feedback-words';
import { formatDate } from '@/lib/validation/date';
import { feedbackWorkPaths } from '../paths';

/** Complaints as the API orders them: waiting for acknowledgement first (overdue, at risk), then by response due date. */
export function ComplaintQueueTable({ items, caption, captionRef }: { items: ComplaintRecord[]; caption: string; captionRef?: Ref<HTMLTableCaptionElement> }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m" ref={captionRef}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Carer</th>
          <th scope="col" className="govuk-table__header">About</th>
          <th scope="col" className="govuk-table__header">Received</th>
          <th scope="col" className="govuk-table__header">Acknowledge by</th>
          <th scope="col" className="govuk-table__header">Response due</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item) => (
          <tr className="govuk-table__row" key={item.complaint.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={feedbackWorkPaths.complaint(item.complaint.id)}>
                {item.carerName}
                <span className="govuk-visually-hidden">: complaint received {formatDate(item.complaint.receivedAt)}</span>
              </Link>
            </td>
            <td className="govuk-table__cell">{feedbackAboutLabels[item.complaint.about]}</td>
            <td className="govuk-table__cell">{formatDate(item.complaint.receivedAt)}</td>
            <td className="govuk-table__cell">
              {formatDate(item.complaint.acknowledgeBy)}{' '}
              <Tag colour={acknowledgementColours[item.acknowledgement]}>{acknowledgementLabels[item.acknowledgement]}</Tag>
            </td>
            <td className="govuk-table__cell">
              {item.complaint.status === 'responded' ? (
                feedbackStatusLabels.responded
              ) : (
                <>
                  {formatDate(item.complaint.responseDueOn)}
                  {item.responseOverdue ? (
                    <>
                      {' '}
                      <Tag colour="red">Overdue</Tag>
                    </>
                  ) : null}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
