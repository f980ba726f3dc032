import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionForm } from '@/components/form/question-form';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { ReasonableAdjustment } from '@/lib/api/types';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { referenceOptions } from '@/i18n/reference-labels';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

export function AdjustmentsPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('adjustments');
  const voice = voiceOf(answers);
  const { t } = useTranslation('registration');
  const [adjustments, setAdjustments] = useState<ReasonableAdjustment[]>(answers.reasonableAdjustments);
  const [none, setNone] = useState(answers.noAdjustments);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = t('adjustments.title');

  function submit() {
    if (!none && adjustments.length === 0) {
      setErrors(validationToFormErrors({ reasonableAdjustments: t('adjustments.error') }));
      return;
    }
    saveAndContinue({ reasonableAdjustments: none ? [] : adjustments, noAdjustments: none });
  }

  return (
    <QuestionForm title={title} caption={t('caption')} backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Checkboxes<ReasonableAdjustment>
        name="reasonableAdjustments"
        legend={title}
        isPageHeading
        hint={voice.parent ? t('adjustments.hintYoungCarer') : t('adjustments.hint')}
        error={errors.fields.reasonableAdjustments}
        items={referenceOptions('reasonableAdjustment')}
        values={adjustments}
        onChange={setAdjustments}
        exclusive={{ label: t('adjustments.none'), checked: none, onChange: setNone }}
      />
    </QuestionForm>
  );
}
