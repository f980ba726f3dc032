import { useTranslation } from 'react-i18next';
import { formatDayLong, formatDayRange, formatDayShort } from '@/lib/calendar';
import type { CalendarCell, CalendarWeek } from '../availability';
import { slotValue } from '../availability';

type Props = {
  weeks: CalendarWeek[];
  /** What the places are for, in the captions ("short breaks"). */
  what: string;
  value: string;
  onChange: (value: string) => void;
  /** The radios' shared name; the first radio's id too, so the error summary can link to it. */
  name: string;
};

/** The first day with places, week by week and provider by provider: its radio's id is the name itself. */
function firstOpenCell(weeks: CalendarWeek[]): { providerId: string; date: string } | undefined {
  for (const week of weeks) {
    for (const row of week.rows) {
      const open = row.cells.find((cell) => cell.kind === 'open');
      if (open) return { providerId: row.providerId, date: open.date };
    }
  }
  return undefined;
}

/**
 * Places left as a real table per week: a row per provider (its name the row header), a column
 * per day (the date the column header). A day with places is a radio ("3 places"); a full day
 * says "Full", a day the provider does not work says "Closed": words, never colour alone.
 * Each radio's label also names the provider and the day, for anyone not reading the table.
 */
export function AvailabilityCalendar({ weeks, what, value, onChange, name }: Props) {
  const first = firstOpenCell(weeks);
  const { t } = useTranslation('breaks');
  return (
    <>
      {weeks
        .filter((week) => week.rows.length > 0)
        .map((week) => (
          <table className="govuk-table app-availability" key={week.dates[0]}>
            <caption className="govuk-table__caption govuk-table__caption--m">
              {t('ask.calendar.caption', { what, dates: formatDayRange(week.dates[0]!, week.dates[week.dates.length - 1]!) })}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t('ask.calendar.provider')}
                </th>
                {week.dates.map((date) => (
                  <th scope="col" className="govuk-table__header app-availability__day" key={date}>
                    <span aria-hidden="true">{formatDayShort(date)}</span>
                    <span className="govuk-visually-hidden">{formatDayLong(date)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {week.rows.map((row) => (
                <tr className="govuk-table__row" key={row.providerId}>
                  <th scope="row" className="govuk-table__header">
                    {row.providerName}
                  </th>
                  {row.cells.map((cell) => {
                    const id = first?.providerId === row.providerId && first.date === cell.date ? name : `${name}-${row.providerId}-${cell.date}`;
                    return (
                      <td className="govuk-table__cell app-availability__cell" key={cell.date}>
                        <Cell cell={cell} id={id} name={name} providerId={row.providerId} providerName={row.providerName} value={value} onChange={onChange} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </>
  );
}

function Cell({
  cell,
  id,
  name,
  providerId,
  providerName,
  value,
  onChange,
}: {
  cell: CalendarCell;
  id: string;
  name: string;
  providerId: string;
  providerName: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('breaks');
  if (cell.kind === 'closed') return <span className="app-availability__none">{t('ask.calendar.closed')}</span>;
  if (cell.kind === 'past') return <span className="app-availability__none">{t('ask.calendar.past')}</span>;
  if (cell.kind === 'full') return <strong className="app-availability__full">{t('ask.calendar.full')}</strong>;
  const slot = slotValue(providerId, cell.date);
  return (
    <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
      <div className="govuk-radios__item">
        <input className="govuk-radios__input" id={id} name={name} type="radio" value={slot} checked={value === slot} onChange={() => onChange(slot)} />
        <label className="govuk-label govuk-radios__label" htmlFor={id}>
          {t('ask.calendar.places', { count: cell.placesLeft })}{' '}
          <span className="govuk-visually-hidden">{t('ask.calendar.placeAt', { provider: providerName, day: formatDayLong(cell.date, false) })}</span>
        </label>
      </div>
    </div>
  );
}
