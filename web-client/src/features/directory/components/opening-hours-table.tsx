import { useTranslation } from 'react-i18next';
import type { ChannelHours } from '@/lib/api/types';
import { dayInWords, weekInWords, weekdayName, weekdays } from '../opening-hours';

/** A channel's week: the hours in one sentence, then a row per day so nothing has to be worked out. */
export function OpeningHoursTable({ hours }: { hours: ChannelHours }) {
  const { t } = useTranslation('directory');
  const channel = t(`channels.${hours.channel}`);
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {t(hours.openNow ? 'service.channelNow' : 'service.channelClosed', { channel })}
        <span className="govuk-caption-m govuk-!-margin-top-1">{weekInWords(hours.slots)}</span>
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t('service.day')}
          </th>
          <th scope="col" className="govuk-table__header">
            {t('list.channelHours', { channel })}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {weekdays.map((day) => (
          <tr className="govuk-table__row" key={day}>
            <th scope="row" className="govuk-table__header">
              {weekdayName(day)}
            </th>
            <td className="govuk-table__cell">{dayInWords(hours.slots, day)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
