import type { BreakProvider } from '@/lib/api/types';
import { formatDayLong, formatDayRange, formatWeekdays } from '@/lib/calendar';
import { breakTypeLabels } from '@/lib/reference-data';

/**
 * A provider's places over the window: a GOV.UK table with a row per day it works and, for each
 * type of break it offers, the places taken and left that day. A full day says "Full".
 */
export function ProviderCapacityTable({ provider: given, from, to }: { provider: BreakProvider; from: string; to: string }) {
  // The types of break in the order the service lists them everywhere.
  const order = Object.keys(breakTypeLabels);
  const provider = { ...given, capacity: [...given.capacity].sort((a, b) => order.indexOf(a.breakType) - order.indexOf(b.breakType)) };
  const dates = [...new Set(provider.capacity.flatMap((capacity) => capacity.days.map((day) => day.date)))].sort();
  const usage = new Map(provider.capacity.flatMap((capacity) => capacity.days.map((day) => [`${capacity.breakType}|${day.date}`, day] as const)));
  const id = `provider-${provider.providerId}`;
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {provider.name}
      </h2>
      <p className="govuk-body">
        Works {formatWeekdays(provider.worksOn)}.{' '}
        {provider.capacity.map((capacity) => `${breakTypeLabels[capacity.breakType]}: ${capacity.placesPerDay} ${capacity.placesPerDay === 1 ? 'place' : 'places'} a day`).join('. ')}.
      </p>
      {dates.length === 0 ? (
        <p className="govuk-body">It does not work on any day from {formatDayRange(from, to)}.</p>
      ) : (
        <table className="govuk-table app-table--figures">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Places taken at {provider.name}, {formatDayRange(from, to)}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Day</th>
              {provider.capacity.map((capacity) => (
                <th scope="col" className="govuk-table__header" key={capacity.breakType}>
                  {breakTypeLabels[capacity.breakType]} <span className="govuk-body-s">(of {capacity.placesPerDay})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {dates.map((date) => (
              <tr className="govuk-table__row" key={date}>
                <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                  {formatDayLong(date)}
                </th>
                {provider.capacity.map((capacity) => {
                  const day = usage.get(`${capacity.breakType}|${date}`);
                  return (
                    <td className="govuk-table__cell" key={capacity.breakType}>
                      {day ? (
                        <>
                          {day.taken} taken, {day.placesLeft > 0 ? `${day.placesLeft} left` : <strong>Full</strong>}
                        </>
                      ) : (
                        'Closed'
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
