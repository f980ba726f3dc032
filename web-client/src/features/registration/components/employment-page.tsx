import { useState } from 'react';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { EmploymentStatus } from '@/lib/api/types';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { employmentStatusLabels, optionsOf } from '@/lib/reference-data';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

export function EmploymentPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('employment');
  const voice = voiceOf(answers);
  const [status, setStatus] = useState<EmploymentStatus | ''>(answers.employmentStatus);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? 'Is the young carer in work?' : 'Are you in work?';

  function submit() {
    if (!status) {
      setErrors(validationToFormErrors({ employmentStatus: 'Select the option that best describes your work' }));
      return;
    }
    saveAndContinue({ employmentStatus: status });
  }

  return (
    <QuestionForm title={title} caption="Register as a carer" backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<EmploymentStatus>
        name="employmentStatus"
        legend={title}
        isPageHeading
        hint="Carers have a right to ask their employer for carer’s leave and flexible working. Knowing this helps us offer the right advice."
        error={errors.fields.employmentStatus}
        value={status}
        onChange={setStatus}
        items={optionsOf(employmentStatusLabels)}
      />
    </QuestionForm>
  );
}
