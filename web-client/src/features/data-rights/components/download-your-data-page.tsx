import { useState } from 'react';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { usePageTitle } from '@/hooks/use-page-title';
import { downloadBlob } from '@/lib/download';
import { serviceProblemMessage } from '@/lib/forms/form-errors';
import { useExportMyData, type DataFile } from '../api/export-my-data';
import type { ExportFormat } from '../requests';

type Message = { kind: 'downloaded' | 'failed'; text: string; key: number };

/** The carer downloads everything we hold about them: a file for computers (JSON) or a page to read and print. */
export function DownloadYourDataPage() {
  const download = useExportMyData();
  const [message, setMessage] = useState<Message | undefined>();
  usePageTitle('Download your data');

  const save = (format: ExportFormat) =>
    download.mutate(format, {
      onSuccess: ({ blob, fileName }: DataFile) => {
        downloadBlob(blob, fileName);
        setMessage({ kind: 'downloaded', text: `${fileName} downloaded`, key: Date.now() });
      },
      onError: () => setMessage({ kind: 'failed', text: serviceProblemMessage, key: Date.now() }),
    });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {message?.kind === 'failed' ? <ErrorSummary key={message.key} errors={[{ text: message.text }]} /> : null}
        {message?.kind === 'downloaded' ? <NotificationBanner key={message.key} type="success" heading={message.text} /> : null}
        <h1 className="govuk-heading-l">Download your data</h1>
        <p className="govuk-body">
          You have the right to a copy of everything we hold about you. You can download it here at any time, free of charge.
        </p>
        <p className="govuk-body">It includes:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>your details, and any other record of yours we joined to this one</li>
          <li>the people you care for, as you told us about them</li>
          <li>who you agreed we may share information with, and when you changed your mind</li>
          <li>referrals and support from Carers Central and CHUMS</li>
          <li>your assessments, support plans and reviews, with the assessor’s notes</li>
          <li>grants, breaks, emergency plans and your emergency card</li>
          <li>what your GP practice told us about you being a carer</li>
          <li>information you asked for, your complaints and compliments, and the years you took part in the carers’ survey</li>
          <li>every time your record was looked at or changed, by which team or organisation and why</li>
        </ul>
        <p className="govuk-body">
          It does not include your survey answers, which we keep apart from your name, or what other people told us about the people you
          care for. We do not name individual members of staff.
        </p>
        <h2 className="govuk-heading-m">Choose a format</h2>
        <ButtonGroup>
          <Button type="button" disabled={download.isPending} onClick={() => save('html')}>
            Download a page to read or print
          </Button>
          <Button type="button" variant="secondary" disabled={download.isPending} onClick={() => save('json')}>
            Download a file for computers (JSON)
          </Button>
        </ButtonGroup>
        <p className="govuk-body">
          If something is wrong or you have a question, contact the Data Protection Officer at{' '}
          <a className="govuk-link" href="mailto:data.protection@luton.gov.uk">
            data.protection@luton.gov.uk
          </a>{' '}
          or 01582 546000.
        </p>
      </div>
    </div>
  );
}
