import { useState } from 'react';
import { Navigate } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Ethnicity } from '@/lib/api/types';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { ethnicGroups, ethnicityLabels } from '@/lib/reference-data';
import { useQuestionStep } from '../registration-context';
import { stepPath, voiceOf } from '../registration-answers';

/** The second ONS 2021 question: the background within the group chosen. */
export function EthnicBackgroundPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('ethnic-background');
  const voice = voiceOf(answers);
  const group = ethnicGroups.find((candidate) => candidate.group === answers.ethnicGroup);
  const [ethnicity, setEthnicity] = useState<Ethnicity | ''>(answers.ethnicity);
  const { errors, attempt, setErrors } = useFormErrors();

  if (!group) return <Navigate to={stepPath('ethnic-group')} replace />;

  const title = `Which of the following best describes ${voice.whose} ${group.label} background?`;
  const codes = group.codes as readonly Ethnicity[];

  function submit() {
    if (!ethnicity || !codes.includes(ethnicity)) {
      setErrors(validationToFormErrors({ ethnicity: 'Select the background that best describes you' }));
      return;
    }
    saveAndContinue({ ethnicity });
  }

  return (
    <QuestionForm title={title} caption="Register as a carer" backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<Ethnicity>
        name="ethnicity"
        legend={title}
        isPageHeading
        error={errors.fields.ethnicity}
        value={ethnicity}
        onChange={setEthnicity}
        items={codes.map((code) => ({ value: code, label: ethnicityLabels[code] }))}
      />
    </QuestionForm>
  );
}
