import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Select } from '@/components/govuk/select';
import { ServiceProblem } from '@/components/layout/page-states';
import { usePageTitle } from '@/hooks/use-page-title';
import { downloadBlob } from '@/lib/download';
import { serviceProblemMessage } from '@/lib/forms/form-errors';
import { useDownloadClientLevelData, type ReturnFile } from '../api/get-client-level-data-extract';
import { useDownloadSaltLts003, useSaltLts003 } from '../api/get-salt-lts003';
import { financialYearOf, parseQuarter, quarterOptions, yearLabel, yearOptions } from '../returns';
import { Lts003Table } from './lts003-table';

type Message = { kind: 'downloaded' | 'failed'; text: string; key: number };

/** A manager chooses a financial year, reads LTS003 and downloads the CLD extract and LTS003 as CSV files. */
export function StatutoryReturnsPage() {
  const options = yearOptions(new Date());
  const [chosenYear, setChosenYear] = useState(String(financialYearOf(new Date())));
  const [year, setYear] = useState(Number(chosenYear));
  const [quarter, setQuarter] = useState('');
  const [message, setMessage] = useState<Message | undefined>();
  const lts003 = useSaltLts003(year);
  const downloadCld = useDownloadClientLevelData();
  const downloadLts003 = useDownloadSaltLts003();
  usePageTitle('Statutory returns');

  const saved = {
    onSuccess: ({ blob, fileName }: ReturnFile) => {
      downloadBlob(blob, fileName);
      setMessage({ kind: 'downloaded', text: `${fileName} downloaded`, key: Date.now() });
    },
    onError: () => setMessage({ kind: 'failed', text: serviceProblemMessage, key: Date.now() }),
  };

  const onShow = (event: FormEvent) => {
    event.preventDefault();
    setMessage(undefined);
    setYear(Number(chosenYear));
  };

  return (
    <>
      {message?.kind === 'failed' ? <ErrorSummary key={message.key} errors={[{ text: message.text }]} /> : null}
      {message?.kind === 'downloaded' ? <NotificationBanner key={message.key} type="success" heading={message.text} /> : null}
      <h1 className="govuk-heading-l">Statutory returns</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            The Client Level Data extract for carers, submitted to NHS England each quarter, and SALT LTS003, the carers supported in a
            financial year. Both are counted from the carers’ requests, assessments, reviews, grants, breaks and partners’ support held here.
          </p>
          <form onSubmit={onShow} noValidate>
            <Select id="year" label="Financial year" labelSize="s" value={chosenYear} onChange={setChosenYear} items={options} />
            <Button variant="secondary">Show returns</Button>
          </form>

          <h2 className="govuk-heading-m">Client Level Data (carers), {yearLabel(year)}</h2>
          <p className="govuk-body">
            One row for each closed request, completed assessment, review and service in the period, in the layout of NHS England’s
            specification. The file holds carers’ NHS numbers, dates of birth and postcodes: keep it safe and submit it only through the
            secure route. Each download is recorded.
          </p>
          <Select id="quarter" label="Period" labelSize="s" value={quarter} onChange={setQuarter} items={quarterOptions} />
          <Button
            type="button"
            disabled={downloadCld.isPending}
            onClick={() => downloadCld.mutate({ year, quarter: parseQuarter(quarter) }, saved)}
          >
            Download the Client Level Data (CSV)
          </Button>

          <h2 className="govuk-heading-m">SALT LTS003, {yearLabel(year)}</h2>
          <p className="govuk-body">
            Each carer supported in the year is counted once, in the highest support they had: a direct payment (a carers grant), then
            commissioned support (a break), then information and advice only (an assessment, a review or a partner’s support).
          </p>
          <Button type="button" variant="secondary" disabled={downloadLts003.isPending} onClick={() => downloadLts003.mutate(year, saved)}>
            Download SALT LTS003 (CSV)
          </Button>
        </div>
      </div>
      {lts003.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : lts003.isError ? (
        <ServiceProblem error={lts003.error} />
      ) : (
        <Lts003Table report={lts003.data} />
      )}
    </>
  );
}
