import type { Ref } from 'react';
import { Link } from 'react-router';
import { Tag } from '@/components/govuk/misc';
import type { InformationQueueItem } from '@/lib/api/types';
import { formatInWords, informationSubjectStaffLabels } from '@/lib/information-formats';
import { formatDate } from '@/lib/validation/date';
import { informationWorkPaths } from '../paths';

/** Open requests as the API orders them: overdue first, then by due date. */
export function InformationQueueTable({ items, caption, captionRef }: { items: InformationQueueItem[]; caption: string; captionRef?: Ref<HTMLTableCaptionElement> }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m" ref={captionRef}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Carer</th>
          <th scope="col" className="govuk-table__header">What</th>
          <th scope="col" className="govuk-table__header">Format</th>
          <th scope="col" className="govuk-table__header">Due</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item) => (
          <tr className="govuk-table__row" key={item.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={informationWorkPaths.request(item.id)} state={{ item }}>
                {item.carerName}
                <span className="govuk-visually-hidden">: {informationSubjectStaffLabels[item.subject].toLowerCase()}</span>
              </Link>
            </td>
            <td className="govuk-table__cell">
              {informationSubjectStaffLabels[item.subject]}
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{item.title}</span>
            </td>
            <td className="govuk-table__cell">{formatInWords(item.format, item.language)}</td>
            <td className="govuk-table__cell">
              {formatDate(item.dueOn)}
              {item.overdue ? (
                <>
                  {' '}
                  <Tag colour="red">Overdue</Tag>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
