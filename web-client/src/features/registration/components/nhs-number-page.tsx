import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { TextInput } from '@/components/govuk/text-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { formatNhsNumber, nhsNumberError } from '@/lib/validation/nhs-number';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

export function NhsNumberPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('nhs-number');
  const voice = voiceOf(answers);
  const { t } = useTranslation('registration');
  const [knows, setKnows] = useState<'yes' | 'no' | ''>(answers.knowsNhsNumber);
  const [nhsNumber, setNhsNumber] = useState(answers.nhsNumber);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? t('nhsNumber.titleYoungCarer') : t('nhsNumber.title');

  function submit() {
    const result = validationToFormErrors({
      knowsNhsNumber: knows ? undefined : voice.parent ? t('nhsNumber.errorYoungCarer') : t('nhsNumber.error'),
      nhsNumber: knows === 'yes' ? nhsNumberError(nhsNumber, true) : undefined,
    });
    if (result.summary.length > 0) {
      setErrors(result);
      return;
    }
    saveAndContinue({ knowsNhsNumber: knows, nhsNumber: knows === 'yes' ? formatNhsNumber(nhsNumber) : '' });
  }

  return (
    <QuestionForm title={title} caption={t('caption')} backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<'yes' | 'no'>
        name="knowsNhsNumber"
        legend={title}
        isPageHeading
        hint={t('nhsNumber.hint')}
        error={errors.fields.knowsNhsNumber}
        value={knows}
        onChange={setKnows}
        items={[
          {
            value: 'yes',
            label: t('nhsNumber.yes'),
            conditional: (
              <TextInput
                id="nhsNumber"
                label={t('nhsNumber.label')}
                hint={t('nhsNumber.numberHint')}
                value={nhsNumber}
                onChange={setNhsNumber}
                error={errors.fields.nhsNumber}
                inputMode="numeric"
                spellCheck={false}
                width="10"
                extraLetterSpacing
              />
            ),
          },
          { value: 'no', label: t('nhsNumber.no') },
        ]}
      />
    </QuestionForm>
  );
}
