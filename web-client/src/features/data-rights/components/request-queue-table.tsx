import type { Ref } from 'react';
import { Link } from 'react-router';
import { Tag } from '@/components/govuk/misc';
import type { SubjectAccessRequest } from '@/lib/api/types';
import { formatDate } from '@/lib/validation/date';
import { channelLabels, dataRightsPaths, deadlineColour, deadlineText } from '../requests';

/** Requests as the API orders them: open ones by the date they must be answered (overdue first), then closed ones. */
export function RequestQueueTable({ items, caption, captionRef }: { items: SubjectAccessRequest[]; caption: string; captionRef?: Ref<HTMLTableCaptionElement> }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m" ref={captionRef}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Carer</th>
          <th scope="col" className="govuk-table__header">Received</th>
          <th scope="col" className="govuk-table__header">Respond by</th>
          <th scope="col" className="govuk-table__header">Status</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item) => (
          <tr className="govuk-table__row" key={item.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={dataRightsPaths.request(item.id)}>
                {item.carerName}
                <span className="govuk-visually-hidden">: request received {formatDate(item.receivedOn)}</span>
              </Link>
            </td>
            <td className="govuk-table__cell">
              {formatDate(item.receivedOn)}
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{channelLabels[item.receivedBy]}</span>
            </td>
            <td className="govuk-table__cell">{formatDate(item.respondBy)}</td>
            <td className="govuk-table__cell">
              <Tag colour={deadlineColour(item)}>{deadlineText(item)}</Tag>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
