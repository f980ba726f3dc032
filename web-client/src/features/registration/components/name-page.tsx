import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionForm } from '@/components/form/question-form';
import { TextInput } from '@/components/govuk/text-input';
import { Legend } from '@/components/govuk/parts';
import { useFormErrors } from '@/hooks/use-form-errors';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { nameError } from '@/lib/validation/name';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

export function NamePage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('name');
  const voice = voiceOf(answers);
  const { t } = useTranslation('registration');
  const [givenName, setGivenName] = useState(answers.givenName);
  const [familyName, setFamilyName] = useState(answers.familyName);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? t('name.titleYoungCarer') : t('name.title');

  function submit() {
    const result = validationToFormErrors({
      givenName: nameError(givenName, voice.parent ? t('name.firstNameWhatYoungCarer') : t('name.firstNameWhat')),
      familyName: nameError(familyName, voice.parent ? t('name.lastNameWhatYoungCarer') : t('name.lastNameWhat')),
    });
    if (result.summary.length > 0) {
      setErrors(result);
      return;
    }
    saveAndContinue({ givenName: givenName.trim(), familyName: familyName.trim() });
  }

  return (
    <QuestionForm title={title} caption={t('caption')} backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <Legend isPageHeading>{title}</Legend>
          <TextInput
            id="givenName"
            label={t('name.firstName')}
            value={givenName}
            onChange={setGivenName}
            error={errors.fields.givenName}
            autoComplete={voice.parent ? 'off' : 'given-name'}
            spellCheck={false}
            width="20"
          />
          <TextInput
            id="familyName"
            label={t('name.lastName')}
            value={familyName}
            onChange={setFamilyName}
            error={errors.fields.familyName}
            autoComplete={voice.parent ? 'off' : 'family-name'}
            spellCheck={false}
            width="20"
          />
        </fieldset>
      </div>
    </QuestionForm>
  );
}
