import { useState } from 'react';
import { QuestionForm } from '@/components/form/question-form';
import { Legend } from '@/components/govuk/parts';
import { TextInput } from '@/components/govuk/text-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { addressLineError, townError } from '@/lib/validation/address';
import { normalisePostcode, postcodeError } from '@/lib/validation/contact';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

export function AddressPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('address');
  const voice = voiceOf(answers);
  const [addressLine1, setAddressLine1] = useState(answers.addressLine1);
  const [addressLine2, setAddressLine2] = useState(answers.addressLine2);
  const [town, setTown] = useState(answers.town);
  const [postcode, setPostcode] = useState(answers.postcode);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? 'What is the young carer’s address?' : 'What is your address?';
  const autoComplete = (token: string) => (voice.parent ? 'off' : token);

  function submit() {
    const result = validationToFormErrors({
      addressLine1: addressLineError(addressLine1, 'Address line 1', true, 'Enter address line 1, typically the building and street'),
      addressLine2: addressLineError(addressLine2, 'Address line 2', false),
      town: townError(town),
      postcode: postcodeError(postcode, voice.parent ? 'their' : 'your'),
    });
    if (result.summary.length > 0) {
      setErrors(result);
      return;
    }
    saveAndContinue({
      addressLine1: addressLine1.trim(),
      addressLine2: addressLine2.trim(),
      town: town.trim(),
      postcode: normalisePostcode(postcode),
    });
  }

  return (
    <QuestionForm title={title} caption="Register as a carer" backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="address-hint">
          <Legend isPageHeading>{title}</Legend>
          <div id="address-hint" className="govuk-hint">
            {voice.parent
              ? 'The young carer does not need to live in Luton, but the person they care for does.'
              : 'You do not need to live in Luton to register, but the person you care for does.'}
          </div>
          <TextInput id="addressLine1" label="Address line 1" value={addressLine1} onChange={setAddressLine1} error={errors.fields.addressLine1} autoComplete={autoComplete('address-line1')} />
          <TextInput id="addressLine2" label="Address line 2 (optional)" value={addressLine2} onChange={setAddressLine2} error={errors.fields.addressLine2} autoComplete={autoComplete('address-line2')} />
          <TextInput id="town" label="Town or city" value={town} onChange={setTown} error={errors.fields.town} autoComplete={autoComplete('address-level2')} width="two-thirds" />
          <TextInput id="postcode" label="Postcode" value={postcode} onChange={setPostcode} error={errors.fields.postcode} autoComplete={autoComplete('postal-code')} width="10" />
        </fieldset>
      </div>
    </QuestionForm>
  );
}
