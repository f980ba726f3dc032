import type { ChannelHours } from '@/lib/api/types';
import { serviceChannelLabels, weekdayLabels } from '@/lib/reference-data';
import { dayInWords, weekInWords, weekdays } from '../opening-hours';

/** A channel's week: the hours in one sentence, then a row per day so nothing has to be worked out. */
export function OpeningHoursTable({ hours }: { hours: ChannelHours }) {
  const channel = serviceChannelLabels[hours.channel];
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {channel}: {hours.openNow ? 'open now' : 'closed now'}
        <span className="govuk-caption-m govuk-!-margin-top-1">{weekInWords(hours.slots)}</span>
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Day
          </th>
          <th scope="col" className="govuk-table__header">
            {channel} hours
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {weekdays.map((day) => (
          <tr className="govuk-table__row" key={day}>
            <th scope="row" className="govuk-table__header">
              {weekdayLabels[day]}
            </th>
            <td className="govuk-table__cell">{dayInWords(hours.slots, day)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
