import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Ethnicity } from '@/lib/api/types';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { referenceLabel } from '@/i18n/reference-labels';
import { ethnicGroups } from '@/lib/reference-data';
import { useQuestionStep } from '../registration-context';
import { stepPath, voiceOf } from '../registration-answers';

/** The second ONS 2021 question: the background within the group chosen. */
export function EthnicBackgroundPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('ethnic-background');
  const voice = voiceOf(answers);
  const { t } = useTranslation('registration');
  const group = ethnicGroups.find((candidate) => candidate.group === answers.ethnicGroup);
  const [ethnicity, setEthnicity] = useState<Ethnicity | ''>(answers.ethnicity);
  const { errors, attempt, setErrors } = useFormErrors();

  if (!group) return <Navigate to={stepPath('ethnic-group')} replace />;

  const groupLabel = referenceLabel('ethnicGroup', group.group);
  const title = voice.parent ? t('ethnicBackground.titleYoungCarer', { group: groupLabel }) : t('ethnicBackground.title', { group: groupLabel });
  const codes = group.codes as readonly Ethnicity[];

  function submit() {
    if (!ethnicity || !codes.includes(ethnicity)) {
      setErrors(validationToFormErrors({ ethnicity: t('ethnicBackground.error') }));
      return;
    }
    saveAndContinue({ ethnicity });
  }

  return (
    <QuestionForm title={title} caption={t('caption')} backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<Ethnicity>
        name="ethnicity"
        legend={title}
        isPageHeading
        error={errors.fields.ethnicity}
        value={ethnicity}
        onChange={setEthnicity}
        items={codes.map((code) => ({ value: code, label: referenceLabel('ethnicity', code) }))}
      />
    </QuestionForm>
  );
}
