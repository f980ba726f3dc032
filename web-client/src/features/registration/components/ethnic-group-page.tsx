import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { referenceLabel } from '@/i18n/reference-labels';
import { ethnicGroups, type EthnicGroup } from '@/lib/reference-data';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

type GroupAnswer = EthnicGroup | 'preferNotToSay';

/** The first of the two ONS 2021 ethnicity questions: the group. */
export function EthnicGroupPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('ethnic-group');
  const voice = voiceOf(answers);
  const { t } = useTranslation('registration');
  const [group, setGroup] = useState<GroupAnswer | ''>(answers.ethnicGroup);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? t('ethnicGroup.titleYoungCarer') : t('ethnicGroup.title');

  function submit() {
    if (!group) {
      setErrors(validationToFormErrors({ ethnicGroup: t('ethnicGroup.error') }));
      return;
    }
    // A background from another group no longer applies.
    const keepBackground = group === answers.ethnicGroup;
    saveAndContinue({
      ethnicGroup: group,
      ethnicity: group === 'preferNotToSay' ? 'preferNotToSay' : keepBackground ? answers.ethnicity : '',
    });
  }

  return (
    <QuestionForm title={title} caption={t('caption')} backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<GroupAnswer>
        name="ethnicGroup"
        legend={title}
        isPageHeading
        hint={t('ethnicGroup.hint')}
        error={errors.fields.ethnicGroup}
        value={group}
        onChange={setGroup}
        items={[
          ...ethnicGroups.map((candidate) => ({ value: candidate.group, label: referenceLabel('ethnicGroup', candidate.group) })),
          { divider: t('ethnicGroup.or') },
          { value: 'preferNotToSay', label: referenceLabel('ethnicity', 'preferNotToSay') },
        ]}
      />
    </QuestionForm>
  );
}
