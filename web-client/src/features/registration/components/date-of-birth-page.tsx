import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionForm } from '@/components/form/question-form';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { type DatePart, type DateParts } from '@/lib/validation/date';
import { dateOfBirthError } from '@/lib/validation/date-of-birth';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

export function DateOfBirthPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('date-of-birth');
  const voice = voiceOf(answers);
  const { t } = useTranslation('registration');
  const [dateOfBirth, setDateOfBirth] = useState<DateParts>(answers.dateOfBirth);
  const [errorParts, setErrorParts] = useState<DatePart[]>([]);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? t('dateOfBirth.titleYoungCarer') : t('dateOfBirth.title');

  function submit() {
    const problem = dateOfBirthError(dateOfBirth, { parent: voice.parent });
    if (problem) {
      setErrorParts(problem.parts);
      setErrors(validationToFormErrors({ dateOfBirth: problem.message }, { dateOfBirth: dateInputErrorHref('dateOfBirth', problem.parts) }));
      return;
    }
    saveAndContinue({ dateOfBirth });
  }

  return (
    <QuestionForm title={title} caption={t('caption')} backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <DateInput
        id="dateOfBirth"
        legend={title}
        isPageHeading
        hint={t('dateOfBirth.hint')}
        value={dateOfBirth}
        onChange={setDateOfBirth}
        error={errors.fields.dateOfBirth}
        errorParts={errorParts}
        autoCompleteBirthday={!voice.parent}
      />
    </QuestionForm>
  );
}
