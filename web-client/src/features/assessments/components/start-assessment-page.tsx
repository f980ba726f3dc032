import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import { problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { useRequestAssessment } from '../api/request-assessment';
import { assessmentPaths } from '../paths';

type How = 'self' | 'assessor';

/** "How would you like to be assessed?": a supported self-assessment now, or an assessor instead. */
export function StartAssessmentPage() {
  const [how, setHow] = useState<How | ''>('');
  const { errors, attempt, setErrors } = useFormErrors();
  const request = useRequestAssessment();
  const navigate = useNavigate();
  const { t } = useTranslation('assessment');
  const title = t('start.title');

  function submit() {
    if (!how) {
      setErrors(validationToFormErrors({ how: t('start.missing') }));
      return;
    }
    request.mutate(how === 'self', {
      onSuccess: () => void navigate(assessmentPaths.home, { state: { started: how } }),
      onError: (error) => setErrors(problemToFormErrors(error, { selfAssessment: '#how' })),
    });
  }

  return (
    <QuestionForm title={title} backTo={assessmentPaths.home} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<How>
        name="how"
        legend={title}
        isPageHeading
        hint={t('start.hint')}
        error={errors.fields.how}
        value={how}
        onChange={setHow}
        items={[
          { value: 'self', label: t('start.self'), hint: t('start.selfHint') },
          { value: 'assessor', label: t('start.assessor'), hint: t('start.assessorHint') },
        ]}
      />
    </QuestionForm>
  );
}
