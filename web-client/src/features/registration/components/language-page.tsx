import { useState } from 'react';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { Select } from '@/components/govuk/select';
import { useFormErrors } from '@/hooks/use-form-errors';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { languageOptions } from '@/lib/language-names';
import { languageError } from '@/lib/validation/language';
import { useQuestionStep } from '../registration-context';

export function LanguagePage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('language');
  const [choice, setChoice] = useState<'english' | 'other' | ''>(answers.languageChoice);
  const [otherLanguage, setOtherLanguage] = useState(answers.otherLanguage);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = 'Which language would you like us to use?';

  function submit() {
    const result = validationToFormErrors({
      languageChoice: choice ? undefined : 'Select which language you would like us to use',
      otherLanguage: choice === 'other' ? languageError(otherLanguage) : undefined,
    });
    if (result.summary.length > 0) {
      setErrors(result);
      return;
    }
    saveAndContinue({ languageChoice: choice, otherLanguage: choice === 'other' ? otherLanguage : '' });
  }

  return (
    <QuestionForm title={title} caption="Register as a carer" backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<'english' | 'other'>
        name="languageChoice"
        legend={title}
        isPageHeading
        hint="We can arrange an interpreter or translated letters."
        error={errors.fields.languageChoice}
        value={choice}
        onChange={setChoice}
        items={[
          { value: 'english', label: 'English' },
          {
            value: 'other',
            label: 'Another language',
            conditional: (
              <Select id="otherLanguage" label="Which language?" value={otherLanguage} onChange={setOtherLanguage} error={errors.fields.otherLanguage}
                items={[{ value: '', label: 'Choose a language' }, ...languageOptions.filter((option) => option.value !== 'en')]} />
            ),
          },
        ]}
      />
    </QuestionForm>
  );
}
