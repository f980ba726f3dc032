import { Details } from '@/components/govuk/misc';
import type { Indicator, IndicatorSet } from '../api/get-performance-indicators';
import { findIndicator, formatIndicator, formatValue, yearInWords } from '../indicators';

/** The header of a table of figures: what is counted, then the year and the year before. */
export function YearsTableHead({ first, year }: { first: string; year: number }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        <th scope="col" className="govuk-table__header govuk-!-width-one-half">
          {first}
        </th>
        <th scope="col" className="govuk-table__header govuk-table__header--numeric">
          {yearInWords(year)}
        </th>
        <th scope="col" className="govuk-table__header govuk-table__header--numeric">
          {yearInWords(year - 1)}
        </th>
      </tr>
    </thead>
  );
}

type IndicatorTableProps = { heading: string; indicators: Indicator[]; year: number; previous: IndicatorSet | undefined };

/** One area's indicators, this year beside the previous year, each with its definition one click away and its breakdown below it. */
export function IndicatorTable({ heading, indicators, year, previous }: IndicatorTableProps) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{heading}</caption>
      <YearsTableHead first="Indicator" year={year} />
      <tbody className="govuk-table__body">
        {indicators.flatMap((indicator) => {
          const before = findIndicator(previous, indicator.id);
          return [
            <tr className="govuk-table__row" key={indicator.id}>
              <th scope="row" className="govuk-table__header">
                {indicator.title}
                <Details
                  summary={
                    <>
                      What this counts<span className="govuk-visually-hidden">: {indicator.title}</span>
                    </>
                  }
                >
                  {indicator.definition}
                </Details>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatIndicator(indicator)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{previous ? formatIndicator(before) : 'Not available'}</td>
            </tr>,
            ...indicator.parts.map((part) => (
              <tr className="govuk-table__row" key={`${indicator.id}-${part.key}`}>
                <td className="govuk-table__cell">
                  <span className="govuk-!-padding-left-4 govuk-!-display-block">{part.label}</span>
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{formatValue(part.value, indicator.unit)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {previous ? formatValue(before?.parts.find((p) => p.key === part.key)?.value, indicator.unit) : 'Not available'}
                </td>
              </tr>
            )),
          ];
        })}
      </tbody>
    </table>
  );
}
