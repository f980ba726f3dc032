import { useState } from 'react';
import { useNavigate } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Assessment, Versioned } from '@/lib/api/types';
import { problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { isStaleChange, onStaleChange, staleMyAssessmentMessage } from '@/lib/forms/stale-change';
import { useDeclineAssessment } from '../api/decline-assessment';
import { useRefreshMyAssessment } from '../api/get-my-assessment';
import { assessmentPaths } from '../paths';

/** Declining an assessment offered: the carer's right under s11 of the Care Act 2014. */
export function DeclineAssessmentPage({ assessment: { data: assessment, etag } }: { assessment: Versioned<Assessment> }) {
  const [reason, setReason] = useState('');
  const { errors, attempt, setErrors } = useFormErrors();
  const decline = useDeclineAssessment();
  const stale = onStaleChange(useRefreshMyAssessment(assessment.id), setErrors, staleMyAssessmentMessage);
  const navigate = useNavigate();

  function submit() {
    const result = validationToFormErrors({ reason: reason.length > 1000 ? 'Your reason must be 1,000 characters or fewer' : undefined });
    if (result.summary.length > 0) {
      setErrors(result);
      return;
    }
    decline.mutate(
      { assessmentId: assessment.id, etag, reason },
      {
        onSuccess: () => void navigate(assessmentPaths.home, { state: { declined: true } }),
        onError: (error) => (isStaleChange(error) ? stale() : setErrors(problemToFormErrors(error, { reason: '#reason' }))),
      },
    );
  }

  return (
    <QuestionForm title="Decline your assessment" backTo={assessmentPaths.home} errors={errors} attempt={attempt} onSubmit={submit} submitText="Decline the assessment">
      <h1 className="govuk-heading-l">Decline your assessment</h1>
      <p className="govuk-body">You do not have to have an assessment. You can say no (section 11 of the Care Act 2014).</p>
      <p className="govuk-body">
        If you decline, we will record it and offer you an assessment again at your next review date. You can ask for one
        at any time before then, for example if things change.
      </p>
      <Textarea id="reason" label="Why are you declining? (optional)" labelSize="m" hint="This helps us understand, but you do not have to tell us." error={errors.fields.reason} value={reason} onChange={setReason} rows={4} spellCheck />
    </QuestionForm>
  );
}
