import { useState } from 'react';
import { QuestionForm } from '@/components/form/question-form';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { ReasonableAdjustment } from '@/lib/api/types';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { optionsOf, reasonableAdjustmentLabels } from '@/lib/reference-data';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

export function AdjustmentsPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('adjustments');
  const voice = voiceOf(answers);
  const [adjustments, setAdjustments] = useState<ReasonableAdjustment[]>(answers.reasonableAdjustments);
  const [none, setNone] = useState(answers.noAdjustments);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = 'Do you need us to do anything differently when we contact you?';

  function submit() {
    if (!none && adjustments.length === 0) {
      setErrors(validationToFormErrors({ reasonableAdjustments: 'Select the help you need, or select ‘No, I do not need any of these’' }));
      return;
    }
    saveAndContinue({ reasonableAdjustments: none ? [] : adjustments, noAdjustments: none });
  }

  return (
    <QuestionForm title={title} caption="Register as a carer" backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Checkboxes<ReasonableAdjustment>
        name="reasonableAdjustments"
        legend={title}
        isPageHeading
        hint={voice.parent ? 'Select all that you or the young carer need.' : 'Select all that apply.'}
        error={errors.fields.reasonableAdjustments}
        items={optionsOf(reasonableAdjustmentLabels)}
        values={adjustments}
        onChange={setAdjustments}
        exclusive={{ label: 'No, I do not need any of these', checked: none, onChange: setNone }}
      />
    </QuestionForm>
  );
}
