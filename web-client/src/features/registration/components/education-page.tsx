import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { EducationStatus } from '@/lib/api/types';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { referenceOptions } from '@/i18n/reference-labels';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

export function EducationPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('education');
  const voice = voiceOf(answers);
  const { t } = useTranslation('registration');
  const [status, setStatus] = useState<EducationStatus | ''>(answers.educationStatus);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? t('education.titleYoungCarer') : t('education.title');

  function submit() {
    if (!status) {
      setErrors(validationToFormErrors({ educationStatus: t('education.error') }));
      return;
    }
    saveAndContinue({ educationStatus: status });
  }

  return (
    <QuestionForm title={title} caption={t('caption')} backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<EducationStatus>
        name="educationStatus"
        legend={title}
        isPageHeading
        hint={t('education.hint')}
        error={errors.fields.educationStatus}
        value={status}
        onChange={setStatus}
        items={referenceOptions('educationStatus')}
      />
    </QuestionForm>
  );
}
