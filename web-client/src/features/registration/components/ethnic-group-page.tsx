import { useState } from 'react';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { ethnicGroups, type EthnicGroup } from '@/lib/reference-data';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

type GroupAnswer = EthnicGroup | 'preferNotToSay';

/** The first of the two ONS 2021 ethnicity questions: the group. */
export function EthnicGroupPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('ethnic-group');
  const voice = voiceOf(answers);
  const [group, setGroup] = useState<GroupAnswer | ''>(answers.ethnicGroup);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? 'What is the young carer’s ethnic group?' : 'What is your ethnic group?';

  function submit() {
    if (!group) {
      setErrors(validationToFormErrors({ ethnicGroup: 'Select an ethnic group, or select ‘Prefer not to say’' }));
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
    <QuestionForm title={title} caption="Register as a carer" backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<GroupAnswer>
        name="ethnicGroup"
        legend={title}
        isPageHeading
        hint="We ask so we can check our support reaches every community in Luton. It does not change the support you can get."
        error={errors.fields.ethnicGroup}
        value={group}
        onChange={setGroup}
        items={[
          ...ethnicGroups.map((candidate) => ({ value: candidate.group, label: candidate.label })),
          { divider: 'or' },
          { value: 'preferNotToSay', label: 'Prefer not to say' },
        ]}
      />
    </QuestionForm>
  );
}
