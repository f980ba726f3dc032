import { useState } from 'react';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { RegisteringAs } from '@/lib/api/types';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { useQuestionStep } from '../registration-context';

export function WhoPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('who');
  const [registeringAs, setRegisteringAs] = useState<RegisteringAs | ''>(answers.registeringAs);
  const { errors, attempt, setErrors } = useFormErrors();

  function submit() {
    if (!registeringAs) {
      setErrors(validationToFormErrors({ registeringAs: 'Select who you are registering' }));
      return;
    }
    saveAndContinue({ registeringAs });
  }

  return (
    <QuestionForm title="Who are you registering?" caption="Register as a carer" backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<RegisteringAs>
        name="registeringAs"
        legend="Who are you registering?"
        isPageHeading
        hint="A parent or guardian can register a young carer who is under 18."
        error={errors.fields.registeringAs}
        value={registeringAs}
        onChange={setRegisteringAs}
        items={[
          { value: 'self', label: 'Myself', hint: 'I look after someone who could not manage without my help.' },
          { value: 'parentOfYoungCarer', label: 'A young carer I am the parent or guardian of', hint: 'My child, under 18, helps look after someone.' },
        ]}
      />
    </QuestionForm>
  );
}
