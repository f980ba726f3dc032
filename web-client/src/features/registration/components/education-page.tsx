import { useState } from 'react';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { EducationStatus } from '@/lib/api/types';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { educationStatusLabels, optionsOf } from '@/lib/reference-data';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

export function EducationPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('education');
  const voice = voiceOf(answers);
  const [status, setStatus] = useState<EducationStatus | ''>(answers.educationStatus);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? 'Is the young carer in education or training?' : 'Are you in education or training?';

  function submit() {
    if (!status) {
      setErrors(validationToFormErrors({ educationStatus: 'Select the option that best describes your education or training' }));
      return;
    }
    saveAndContinue({ educationStatus: status });
  }

  return (
    <QuestionForm title={title} caption="Register as a carer" backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<EducationStatus>
        name="educationStatus"
        legend={title}
        isPageHeading
        hint="Caring can make school, college or training harder. We can let them know, if you want us to."
        error={errors.fields.educationStatus}
        value={status}
        onChange={setStatus}
        items={optionsOf(educationStatusLabels)}
      />
    </QuestionForm>
  );
}
