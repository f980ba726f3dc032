import { Link } from 'react-router';
import { InsetText } from '@/components/govuk/misc';
import { ProgressBar } from '@/components/govuk/progress';
import { SummaryList } from '@/components/govuk/summary-list';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import type { GpExtractImport } from '@/lib/api/types';
import { formatDateTime } from '@/lib/validation/date';
import { importPercent, importProgressText, rowsText } from '../import-progress';

function headingFor(status: string): string {
  if (status === 'completed') return 'GP extract imported';
  if (status === 'failed') return 'The GP extract could not be imported';
  return 'Importing the GP extract';
}

/**
 * The import as it runs: a native progress bar with a visible label and a polite live status,
 * then the accepted and refused counts and a row-by-row report of what was refused.
 */
export function ImportProgressView({ status }: { status: GpExtractImport }) {
  const heading = headingFor(status.status);
  usePageTitle(heading);
  const percent = importPercent(status);
  const finished = status.status === 'completed' || status.status === 'failed';
  const unlisted = status.rejectedRows - status.errors.length;

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Upload a GP extract</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          <SummaryList
            rows={[
              { key: 'Practice', value: status.odsCode },
              { key: 'Uploaded', value: formatDateTime(status.uploadedAt) },
              ...(status.finishedAt ? [{ key: 'Finished', value: formatDateTime(status.finishedAt) }] : []),
              ...(status.failureReason ? [{ key: 'Why it failed', value: status.failureReason }] : []),
            ]}
          />
          <ProgressBar id="import-progress" label="Import progress" percent={percent} text={importProgressText(status)} />
        </div>
      </div>
      {finished ? (
        <>
          <h2 className="govuk-heading-m">Report</h2>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <SummaryList
                rows={[
                  { key: 'Rows in the file', value: rowsText(status.totalRows) },
                  { key: 'Rows accepted', value: rowsText(status.acceptedRows) },
                  { key: 'Rows refused', value: rowsText(status.rejectedRows) },
                ]}
              />
            </div>
          </div>
          {status.errors.length > 0 ? (
            <>
              <table className="govuk-table app-table--figures">
                <caption className="govuk-table__caption govuk-table__caption--m">Rows refused</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header app-table__header--row-number">
                      Row
                    </th>
                    <th scope="col" className="govuk-table__header">
                      What was wrong
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {status.errors.map((error) => (
                    <tr className="govuk-table__row" key={error.row}>
                      <th scope="row" className="govuk-table__header">
                        {error.row}
                      </th>
                      <td className="govuk-table__cell">{error.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {unlisted > 0 ? (
                <InsetText>
                  {unlisted.toLocaleString('en-GB')} more {unlisted === 1 ? 'row was' : 'rows were'} refused. Only the first{' '}
                  {rowsText(status.errors.length)} refused are listed: correct these and upload the extract again to see the rest.
                </InsetText>
              ) : null}
              <p className="govuk-body">Row numbers are as a spreadsheet shows them: the row of column names is row 1.</p>
            </>
          ) : null}
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.gpExtractUpload}>
              Upload another extract
            </Link>
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.gpFlags}>
              See the GP flag feed
            </Link>
          </p>
        </>
      ) : null}
    </>
  );
}
