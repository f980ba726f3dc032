import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/govuk/button';
import { Select } from '@/components/govuk/select';
import { ServiceProblem } from '@/components/layout/page-states';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { downloadBlob } from '@/lib/download';
import { downloadPerformanceIndicators, usePerformanceIndicators } from '../api/get-performance-indicators';
import { byGroup, formatValue, grantPotsChart, headlines, identificationChart, selectableYears, yearFromQuery, yearInWords } from '../indicators';
import { IndicatorChart } from './indicator-chart';
import { IndicatorTable, YearsTableHead } from './indicator-table';

const firstYear = 2000;

/** Managers' and commissioners' report: a year's indicators beside the year before, charts with their tables, definitions and a CSV. */
export function ReportsPage({ current }: { current: number }) {
  const [params, setParams] = useSearchParams();
  const year = yearFromQuery(params.get('year'), current);
  const [choice, setChoice] = useState(String(year));
  const [download, setDownload] = useState<'idle' | 'working' | 'failed'>('idle');
  const query = usePerformanceIndicators(year);
  const previous = usePerformanceIndicators(year - 1, year - 1 >= firstYear);
  usePageTitle(`Reports: ${yearInWords(year)}`);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ year: choice });
  };

  const onDownload = () => {
    setDownload('working');
    downloadPerformanceIndicators(year).then(
      ({ blob, fileName }) => {
        downloadBlob(blob, fileName);
        setDownload('idle');
      },
      () => setDownload('failed'),
    );
  };

  return (
    <>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Reports</span>
        Performance indicators for {yearInWords(year)}
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Figures for the financial year 1 April {year} to 31 March {year + 1}, with the year before beside them. Each figure says what it counts.
          </p>
          <p className="govuk-body">
            Years before this service began come from the old case system’s records:{' '}
            <Link className="govuk-link" to={paths.historicImportUpload}>
              Import historic records
            </Link>
            .
          </p>
          <form onSubmit={onSubmit} noValidate>
            <Select
              id="year"
              label="Financial year"
              value={choice}
              onChange={setChoice}
              items={selectableYears(current).map((y) => ({ value: String(y), label: yearInWords(y) }))}
            />
            <Button>Show figures</Button>
          </form>
        </div>
      </div>
      {query.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : query.isError ? (
        <ServiceProblem error={query.error} />
      ) : (
        <>
          <h2 className="govuk-heading-m">Headline figures</h2>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Headline figures</caption>
            <YearsTableHead first="Figure" year={year} />
            <tbody className="govuk-table__body">
              {headlines(query.data, previous.data).map((headline) => (
                <tr className="govuk-table__row" key={headline.id}>
                  <th scope="row" className="govuk-table__header">
                    {headline.title}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold">{headline.thisYear}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{headline.previousYear}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2 className="govuk-heading-m">Download</h2>
          <p className="govuk-body">Every indicator and its breakdown for {yearInWords(year)}, as a spreadsheet (CSV) with the definitions.</p>
          {download === 'failed' ? (
            <p className="govuk-error-message" role="alert">
              <span className="govuk-visually-hidden">Error:</span> The file could not be downloaded. Try again.
            </p>
          ) : null}
          <Button type="button" variant="secondary" onClick={onDownload} disabled={download === 'working'}>
            Download as CSV
          </Button>

          <h2 className="govuk-heading-m">Charts</h2>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <IndicatorChart
                id="chart-identification"
                title="Carers identified, by source"
                data={identificationChart(query.data)}
                formatValue={(value) => formatValue(value, 'count')}
              />
            </div>
            <div className="govuk-grid-column-one-half">
              <IndicatorChart
                id="chart-grant-pots"
                title="Grant budget and spend, by pot"
                data={grantPotsChart(query.data)}
                formatValue={(value) => formatValue(value, 'pounds')}
              />
            </div>
          </div>

          <h2 className="govuk-heading-m">All indicators</h2>
          {byGroup(query.data).map((group) => (
            <IndicatorTable key={group.group} heading={group.heading} indicators={group.indicators} year={year} previous={previous.data} />
          ))}
        </>
      )}
    </>
  );
}
