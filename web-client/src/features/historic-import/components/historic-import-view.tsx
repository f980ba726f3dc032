import { Link } from 'react-router';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { InsetText } from '@/components/govuk/misc';
import { ProgressBar } from '@/components/govuk/progress';
import { SummaryList } from '@/components/govuk/summary-list';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import type { HistoricImportStatus } from '@/lib/api/types';
import { formatDateTime } from '@/lib/validation/date';
import { count, historicPercent, historicProgressText, isHistoricImportFinished } from '../historic-progress';

function headingFor(status: string): string {
  if (status === 'completed') return 'Historic records imported';
  if (status === 'refused') return 'The file was not imported';
  if (status === 'failed') return 'The historic records could not be imported';
  return 'Importing historic records';
}

/**
 * The import as it runs (a native progress bar with a visible label and a polite live status), then
 * the counts, or the problems by row and column when the file was refused.
 */
export function HistoricImportView({ status }: { status: HistoricImportStatus }) {
  const heading = headingFor(status.status);
  usePageTitle(heading, status.status === 'refused');
  const percent = historicPercent(status);
  const finished = isHistoricImportFinished(status.status);
  const unlisted = status.problemRows - new Set(status.problems.map((p) => p.row)).size;

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {status.status === 'refused' ? (
            <ErrorSummary
              title="There is a problem with the file"
              errors={[{ text: `${count(status.problemRows, 'row has', 'rows have')} problems: nothing was imported`, href: '#problems' }]}
            />
          ) : null}
          <span className="govuk-caption-l">Import historic records</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          <SummaryList
            rows={[
              { key: 'Uploaded', value: formatDateTime(status.uploadedAt) },
              ...(status.finishedAt ? [{ key: 'Finished', value: formatDateTime(status.finishedAt) }] : []),
            ]}
          />
          <ProgressBar id="historic-progress" label="Import progress" percent={percent} text={historicProgressText(status)} />
        </div>
      </div>
      {status.status === 'completed' ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m">What was imported</h2>
            <SummaryList
              rows={[
                { key: 'Rows in the file', value: count(status.totalRows, 'row', 'rows') },
                { key: 'New carers', value: count(status.carersCreated, 'carer', 'carers') },
                { key: 'Carers already held, matched by NHS number', value: count(status.carersMatched, 'carer', 'carers') },
                { key: 'Carers imported before', value: count(status.carersAlreadyImported, 'carer', 'carers') },
                { key: 'Possible duplicates for the match queue', value: count(status.matchesQueued, 'match', 'matches') },
                { key: 'Events imported', value: count(status.eventsCreated, 'event', 'events') },
                { key: 'Events imported before (unchanged)', value: count(status.eventsAlreadyPresent, 'event', 'events') },
              ]}
            />
            {status.matchesQueued > 0 ? (
              <p className="govuk-body">
                <Link className="govuk-link" to={paths.matchQueue}>
                  Decide the possible duplicates in the match queue
                </Link>
              </p>
            ) : null}
            <p className="govuk-body">
              <Link className="govuk-link" to={paths.reports}>
                See the reports
              </Link>
            </p>
          </div>
        </div>
      ) : null}
      {status.status === 'refused' ? (
        <>
          <table className="govuk-table" id="problems">
            <caption className="govuk-table__caption govuk-table__caption--m">Problems to correct</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header app-table__header--row-number">
                  Row
                </th>
                <th scope="col" className="govuk-table__header">
                  Column
                </th>
                <th scope="col" className="govuk-table__header">
                  What is wrong
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {status.problems.map((problem) => (
                <tr className="govuk-table__row" key={`${problem.row}-${problem.field}`}>
                  <th scope="row" className="govuk-table__header">
                    {problem.row}
                  </th>
                  <td className="govuk-table__cell">{problem.field}</td>
                  <td className="govuk-table__cell">{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {unlisted > 0 ? (
            <InsetText>
              {count(unlisted, 'more row has', 'more rows have')} problems not listed here: correct these and upload the file again to
              see the rest.
            </InsetText>
          ) : null}
          <p className="govuk-body">Row numbers are as a spreadsheet shows them: the row of column names is row 1.</p>
        </>
      ) : null}
      {finished && status.status !== 'completed' ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.historicImportUpload}>
            Upload a corrected file
          </Link>
        </p>
      ) : null}
    </>
  );
}
