import { useState } from 'react';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Tag, WarningText } from '@/components/govuk/misc';
import { SummaryList } from '@/components/govuk/summary-list';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import type { RetentionReview } from '@/lib/api/types';
import { hasErrors, problemToFormErrors } from '@/lib/forms/form-errors';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { useApproveRetentionReview } from '../api/approve-retention-review';
import { useRejectRetentionReview } from '../api/reject-retention-review';
import { closedReasonLabels, concernLabels, dataKindLabels, rejectionReasonError, reviewStatusColours, reviewStatusLabels } from '../labels';
import { retentionPaths } from '../paths';

const staleMessage = 'This review was changed by someone else since you opened it. Go back to the queue and open it again.';

/** One record past its date: what anonymising removes, what argues against, and approve or keep (with a reason). */
export function RetentionReviewPage({ review, onDone }: { review: RetentionReview; onDone: (message: string) => void }) {
  const [reason, setReason] = useState('');
  const { errors, attempt, setErrors } = useFormErrors();
  const approve = useApproveRetentionReview();
  const reject = useRejectRetentionReview();
  const name = review.carerName ?? 'Anonymised record';
  usePageTitle(`Retention review: ${name}`, hasErrors(errors));
  const open = review.status !== 'anonymised';
  const pending = approve.isPending || reject.isPending;

  function onError(error: unknown) {
    if (isApiError(error) && (error.status === 412 || error.status === 409)) return setErrors({ fields: {}, summary: [{ text: staleMessage }] });
    setErrors(problemToFormErrors(error, { reason: '#reason' }));
  }

  function keep() {
    const message = rejectionReasonError(reason);
    if (message) return setErrors({ fields: { reason: message }, summary: [{ text: message, href: '#reason' }] });
    reject.mutate(
      { reviewId: review.id, etag: review.eTag, body: { reason: reason.trim() } },
      { onSuccess: () => onDone(`${name}’s record is kept`), onError },
    );
  }

  return (
    <>
      <BackLink to={retentionPaths.queue}>Back to retention review</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <span className="govuk-caption-l">Retention review</span>
          <h1 className="govuk-heading-l">{name}</h1>
          <SummaryList
            rows={[
              { key: 'Status', value: <Tag colour={reviewStatusColours[review.status]}>{reviewStatusLabels[review.status]}</Tag> },
              { key: 'Closed', value: `${formatDate(review.closedOn)}: ${closedReasonLabels[review.closedReason]}` },
              { key: 'Due for anonymising', value: formatDate(review.dueOn) },
              ...(review.decidedBy && review.decidedAt ? [{ key: 'Decided', value: `${formatDateTime(review.decidedAt)} by ${review.decidedBy}` }] : []),
              ...(review.rejectionReason ? [{ key: 'Why it is kept', value: <span className="app-preserve-lines">{review.rejectionReason}</span> }] : []),
              ...(review.anonymisedAt ? [{ key: 'Anonymised', value: formatDateTime(review.anonymisedAt) }] : []),
              ...(review.failureReason ? [{ key: 'Last failure', value: `${review.failureReason} (tried ${review.attempts} times)` }] : []),
            ]}
          />
          {review.concerns.length > 0 ? (
            <>
              <h2 className="govuk-heading-m">Before you approve</h2>
              <WarningText>Check these first: anonymising cannot be undone.</WarningText>
              <ul className="govuk-list govuk-list--bullet">
                {review.concerns.map((concern) => (
                  <li key={concern}>{concernLabels[concern]}</li>
                ))}
              </ul>
            </>
          ) : null}
          {review.wouldRemove.length > 0 ? (
            <>
              <h2 className="govuk-heading-m">What anonymising removes</h2>
              <ul className="govuk-list govuk-list--bullet">
                {review.wouldRemove.map((kind) => (
                  <li key={kind}>{dataKindLabels[kind]}</li>
                ))}
              </ul>
              <p className="govuk-body">
                Dates, codes, amounts and statuses stay, so past years’ figures and returns do not change. Audit records stay.
              </p>
            </>
          ) : null}
          {open ? (
            <>
              {review.status !== 'approved' ? (
                <>
                  <h2 className="govuk-heading-m">Approve anonymising</h2>
                  <p className="govuk-body">The next run anonymises the record (every night, or when you run retention).</p>
                  <Button
                    type="button"
                    onClick={() => approve.mutate({ reviewId: review.id, etag: review.eTag }, { onSuccess: () => onDone(`${name}’s record is approved for anonymising`), onError })}
                    disabled={pending}
                  >
                    Approve
                  </Button>
                </>
              ) : null}
              {review.status !== 'rejected' ? (
                <form
                  noValidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    keep();
                  }}
                >
                  <h2 className="govuk-heading-m">Keep the record</h2>
                  <Textarea
                    id="reason"
                    label="Why is the record kept?"
                    labelSize="s"
                    hint="For example, a legal hold or a complaint still open."
                    error={errors.fields.reason}
                    value={reason}
                    onChange={setReason}
                    spellCheck
                  />
                  <Button variant="secondary" disabled={pending}>
                    Keep the record
                  </Button>
                </form>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
