import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { RegisteringAs } from '@/lib/api/types';
import { referenceLabel } from '@/i18n/reference-labels';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { useQuestionStep } from '../registration-context';

export function WhoPage() {
  const { t } = useTranslation('registration');
  const { answers, backTo, saveAndContinue } = useQuestionStep('who');
  const [registeringAs, setRegisteringAs] = useState<RegisteringAs | ''>(answers.registeringAs);
  const { errors, attempt, setErrors } = useFormErrors();

  function submit() {
    if (!registeringAs) {
      setErrors(validationToFormErrors({ registeringAs: t('who.error') }));
      return;
    }
    saveAndContinue({ registeringAs });
  }

  return (
    <QuestionForm title={t('who.title')} caption={t('caption')} backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<RegisteringAs>
        name="registeringAs"
        legend={t('who.title')}
        isPageHeading
        hint={t('who.hint')}
        error={errors.fields.registeringAs}
        value={registeringAs}
        onChange={setRegisteringAs}
        items={[
          { value: 'self', label: referenceLabel('registeringAs', 'self'), hint: t('who.selfHint') },
          { value: 'parentOfYoungCarer', label: referenceLabel('registeringAs', 'parentOfYoungCarer'), hint: t('who.parentHint') },
        ]}
      />
    </QuestionForm>
  );
}
