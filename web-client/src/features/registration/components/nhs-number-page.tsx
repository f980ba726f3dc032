import { useState } from 'react';
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
  const [knows, setKnows] = useState<'yes' | 'no' | ''>(answers.knowsNhsNumber);
  const [nhsNumber, setNhsNumber] = useState(answers.nhsNumber);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? 'Do you know the young carer’s NHS number?' : 'Do you know your NHS number?';

  function submit() {
    const result = validationToFormErrors({
      knowsNhsNumber: knows ? undefined : `Select yes if you know ${voice.whose} NHS number`,
      nhsNumber: knows === 'yes' ? nhsNumberError(nhsNumber, true) : undefined,
    });
    if (result.summary.length > 0) {
      setErrors(result);
      return;
    }
    saveAndContinue({ knowsNhsNumber: knows, nhsNumber: knows === 'yes' ? formatNhsNumber(nhsNumber) : '' });
  }

  return (
    <QuestionForm title={title} caption="Register as a carer" backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<'yes' | 'no'>
        name="knowsNhsNumber"
        legend={title}
        isPageHeading
        hint="It helps us match your record with your GP practice. You do not have to give it."
        error={errors.fields.knowsNhsNumber}
        value={knows}
        onChange={setKnows}
        items={[
          {
            value: 'yes',
            label: 'Yes',
            conditional: (
              <TextInput
                id="nhsNumber"
                label="NHS number"
                hint="This is a 10 digit number, like 485 777 3456. You can find it on letters from the NHS, on a prescription or in the NHS App."
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
          { value: 'no', label: 'No' },
        ]}
      />
    </QuestionForm>
  );
}
