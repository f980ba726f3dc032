import { useState } from 'react';
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
  const title = 'How would you like to be assessed?';

  function submit() {
    if (!how) {
      setErrors(validationToFormErrors({ how: 'Select how you would like to be assessed' }));
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
        hint="A carer’s assessment looks at how caring affects you and what would help. It is free, and you have a right to one."
        error={errors.fields.how}
        value={how}
        onChange={setHow}
        items={[
          { value: 'self', label: 'Fill it in myself now', hint: 'Answer the questions online, a section at a time. You can save and come back. An assessor then checks it with you.' },
          { value: 'assessor', label: 'Ask for an assessor instead', hint: 'An assessor will contact you to arrange a time to do it with you, by phone or in person.' },
        ]}
      />
    </QuestionForm>
  );
}
