import type { Ref } from 'react';
import { Link } from 'react-router';
import { Tag } from '@/components/govuk/misc';
import { paths } from '@/config/paths';
import type { Break } from '@/lib/api/types';
import { formatDayLong, formatDayRange, formatMinutes } from '@/lib/calendar';
import { breakTypeLabels } from '@/lib/reference-data';
import { formatDayOf } from '@/lib/validation/date';
import { breakWorkPaths } from '../paths';

/** "Tuesday 24 November 2026, 90 minutes" or "24 to 26 November 2026". */
export function breakWhen(item: Break): string {
  if (item.startsOn === item.endsOn) return `${formatDayLong(item.startsOn)}${item.sittingMinutes ? `, ${formatMinutes(item.sittingMinutes)}` : ''}`;
  return formatDayRange(item.startsOn, item.endsOn);
}

/**
 * One status's breaks, emergencies first (as the API orders them), each linking to its page: who
 * the break is for (the carer, linking to their record, and the person they care for), when,
 * the provider and when it was asked for.
 */
export function BreakQueueTable({ breaks, caption, captionRef }: { breaks: Break[]; caption: string; captionRef?: Ref<HTMLTableCaptionElement> }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m" ref={captionRef}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Break</th>
          <th scope="col" className="govuk-table__header">Carer</th>
          <th scope="col" className="govuk-table__header">Cared for</th>
          <th scope="col" className="govuk-table__header">When</th>
          <th scope="col" className="govuk-table__header">Provider</th>
          <th scope="col" className="govuk-table__header">Asked on</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {breaks.map((item) => (
          <tr className="govuk-table__row" key={item.id}>
            <td className="govuk-table__cell">
              {item.emergency ? (
                <>
                  <Tag colour="red">Emergency</Tag>{' '}
                </>
              ) : null}
              <Link className="govuk-link" to={breakWorkPaths.break(item.id)} state={{ item }}>
                {breakTypeLabels[item.breakType]}{' '}
                <span className="govuk-visually-hidden">
                  with {item.providerName}, {breakWhen(item)}, for {item.carerName}
                </span>
              </Link>
            </td>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={paths.carer(item.carerId)} state={{ accessReason: 'casework' }}>
                {item.carerName}
              </Link>
            </td>
            <td className="govuk-table__cell">{item.caredForName}</td>
            <td className="govuk-table__cell">{breakWhen(item)}</td>
            <td className="govuk-table__cell">{item.providerName}</td>
            <td className="govuk-table__cell">{formatDayOf(item.requestedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
