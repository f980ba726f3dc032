import type { Ref } from 'react';
import { Link } from 'react-router';
import { useState } from 'react';
import { Button } from '@/components/govuk/button';
import { Tag } from '@/components/govuk/misc';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { isApiError } from '@/lib/api/api-error';
import type { RetentionReview, RetentionRun } from '@/lib/api/types';
import { serviceProblemMessage } from '@/lib/forms/form-errors';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { useRunRetention } from '../api/run-retention';
import { closedReasonLabels, concernLabels, reviewStatusColours, reviewStatusLabels, runSummary } from '../labels';
import { retentionPaths } from '../paths';

/** The review queue as the API orders it: by the date each record became due. */
export function RetentionQueueTable({ items, caption, captionRef }: { items: RetentionReview[]; caption: string; captionRef?: Ref<HTMLTableCaptionElement> }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m" ref={captionRef}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Record</th>
          <th scope="col" className="govuk-table__header">Closed</th>
          <th scope="col" className="govuk-table__header">Due</th>
          <th scope="col" className="govuk-table__header">Status</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item) => (
          <tr className="govuk-table__row" key={item.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={retentionPaths.review(item.id)}>
                {item.carerName ?? 'Anonymised record'}
                <span className="govuk-visually-hidden">, closed {formatDate(item.closedOn)}</span>
              </Link>
              {item.concerns.length > 0 ? (
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{item.concerns.map((c) => concernLabels[c]).join('; ')}</span>
              ) : null}
            </td>
            <td className="govuk-table__cell">
              {formatDate(item.closedOn)}
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{closedReasonLabels[item.closedReason]}</span>
            </td>
            <td className="govuk-table__cell">{formatDate(item.dueOn)}</td>
            <td className="govuk-table__cell">
              <Tag colour={reviewStatusColours[item.status]}>{reviewStatusLabels[item.status]}</Tag>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The run log, newest first, and the two ways to run now; what a run did shows above the buttons. */
export function RetentionRuns({ runs }: { runs: RetentionRun[] }) {
  const run = useRunRetention();
  const [ran, setRan] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const pending = run.isPending;

  function onRun(dryRun: boolean) {
    setRan(null);
    setProblem(null);
    run.mutate(
      { dryRun },
      {
        onSuccess: (result) => setRan(runSummary(result)),
        onError: (error) => setProblem(isApiError(error) && error.status === 409 ? 'A retention run is already under way. Try again when it has finished.' : serviceProblemMessage),
      },
    );
  }

  return (
    <>
      <h2 className="govuk-heading-m">Runs</h2>
      {ran ? <NotificationBanner type="success" heading={ran} /> : null}
      {problem ? <NotificationBanner heading={problem} /> : null}
      <p className="govuk-body">
        Retention runs every night: it lists records past their date here and anonymises the approved ones. A dry run shows what a run would do and
        changes nothing.
      </p>
      <div className="govuk-button-group">
        <Button type="button" variant="secondary" onClick={() => onRun(true)} disabled={pending}>
          Run a dry run now
        </Button>
        <Button type="button" variant="warning" onClick={() => onRun(false)} disabled={pending}>
          Run retention now
        </Button>
      </div>
      {runs.length === 0 ? (
        <p className="govuk-body">No runs yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">The latest runs</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Started</th>
              <th scope="col" className="govuk-table__header">By</th>
              <th scope="col" className="govuk-table__header">What it did</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {runs.map((run) => (
              <tr className="govuk-table__row" key={run.id}>
                <td className="govuk-table__cell">{formatDateTime(run.startedAt)}</td>
                <td className="govuk-table__cell">{run.startedBy === 'retention-job' ? 'The nightly run' : run.startedBy}</td>
                <td className="govuk-table__cell">{runSummary(run)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
