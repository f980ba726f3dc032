import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { EmploymentStatus } from '@/lib/api/types';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { referenceOptions } from '@/i18n/reference-labels';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

export function EmploymentPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('employment');
  const voice = voiceOf(answers);
  const { t } = useTranslation('registration');
  const [status, setStatus] = useState<EmploymentStatus | ''>(answers.employmentStatus);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? t('employment.titleYoungCarer') : t('employment.title');

  function submit() {
    if (!status) {
      setErrors(validationToFormErrors({ employmentStatus: t('employment.error') }));
      return;
    }
    saveAndContinue({ employmentStatus: status });
  }

  return (
    <QuestionForm title={title} caption={t('caption')} backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<EmploymentStatus>
        name="employmentStatus"
        legend={title}
        isPageHeading
        hint={t('employment.hint')}
        error={errors.fields.employmentStatus}
        value={status}
        onChange={setStatus}
        items={referenceOptions('employmentStatus')}
      />
    </QuestionForm>
  );
}
