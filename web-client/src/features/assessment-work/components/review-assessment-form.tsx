import { useState, type FormEvent } from 'react';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Assessment } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { isStaleChange, onStaleChange, staleAssessmentMessage } from '@/lib/forms/stale-change';
import { emptyDateParts, parseDateParts, type DatePart } from '@/lib/validation/date';
import { useRefreshAssessment } from '../api/get-assessment';
import { useReviewAssessment } from '../api/review-assessment';
import { assessmentWorkPaths } from '../paths';

/** A review: the plan carries forward to the next review date. */
export function ReviewAssessmentForm({ assessment, etag, onDone }: { assessment: Assessment; etag: string | null; onDone: () => void }) {
  const [next, setNext] = useState(emptyDateParts);
  const [parts, setParts] = useState<DatePart[]>([]);
  const [note, setNote] = useState('');
  const { errors, attempt, setErrors } = useFormErrors();
  const review = useReviewAssessment();
  const stale = onStaleChange(useRefreshAssessment(assessment.id), setErrors, staleAssessmentMessage);
  usePageTitle('Review the assessment', hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = parseDateParts(next, { name: 'The next review date', missing: 'Enter the next review date' });
    setParts(date.ok ? [] : date.parts);
    if (!date.ok || !date.value) {
      setErrors(validationToFormErrors({ nextReviewOn: date.ok ? 'Enter the next review date' : date.message }, { nextReviewOn: dateInputErrorHref('nextReviewOn', date.ok ? [] : date.parts) }));
      return;
    }
    review.mutate(
      { assessmentId: assessment.id, etag, body: { nextReviewOn: date.value, note: note.trim() || null } },
      { onSuccess: onDone, onError: (error) => (isStaleChange(error) ? stale() : setErrors(problemToFormErrors(error, { nextReviewOn: '#nextReviewOn-day', note: '#note' }))) },
    );
  }

  return (
    <>
      <BackLink to={assessmentWorkPaths.assessment(assessment.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">Review the assessment</h1>
          <form onSubmit={submit} noValidate>
            <DateInput id="nextReviewOn" legend="Next review by" legendSize="m" hint="No later than 12 months from today. For example, 27 3 2027" value={next} onChange={setNext} error={errors.fields.nextReviewOn} errorParts={parts} />
            <Textarea id="note" label="What the review found (optional)" labelSize="m" error={errors.fields.note} value={note} onChange={setNote} rows={4} spellCheck />
            <Button preventDoubleClick disabled={review.isPending}>
              Record the review
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
