import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Assessment, Versioned } from '@/lib/api/types';
import { problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { isStaleChange, onStaleChange } from '@/lib/forms/stale-change';
import { useDeclineAssessment } from '../api/decline-assessment';
import { useRefreshMyAssessment } from '../api/get-my-assessment';
import { assessmentPaths } from '../paths';

/** Declining an assessment offered: the carer's right under s11 of the Care Act 2014. */
export function DeclineAssessmentPage({ assessment: { data: assessment, etag } }: { assessment: Versioned<Assessment> }) {
  const [reason, setReason] = useState('');
  const { errors, attempt, setErrors } = useFormErrors();
  const decline = useDeclineAssessment();
  const { t } = useTranslation('assessment');
  const stale = onStaleChange(useRefreshMyAssessment(assessment.id), setErrors, t('stale'));
  const navigate = useNavigate();

  function submit() {
    const result = validationToFormErrors({ reason: reason.length > 1000 ? t('decline.reasonTooLong') : undefined });
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
    <QuestionForm title={t('decline.title')} backTo={assessmentPaths.home} errors={errors} attempt={attempt} onSubmit={submit} submitText={t('decline.button')}>
      <h1 className="govuk-heading-l">{t('decline.title')}</h1>
      <p className="govuk-body">{t('decline.right')}</p>
      <p className="govuk-body">{t('decline.next')}</p>
      <Textarea id="reason" label={t('decline.reason')} labelSize="m" hint={t('decline.reasonHint')} error={errors.fields.reason} value={reason} onChange={setReason} rows={4} spellCheck />
    </QuestionForm>
  );
}
