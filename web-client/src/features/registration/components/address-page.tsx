import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('registration');
  const [addressLine1, setAddressLine1] = useState(answers.addressLine1);
  const [addressLine2, setAddressLine2] = useState(answers.addressLine2);
  const [town, setTown] = useState(answers.town);
  const [postcode, setPostcode] = useState(answers.postcode);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? t('address.titleYoungCarer') : t('address.title');
  const autoComplete = (token: string) => (voice.parent ? 'off' : token);

  function submit() {
    const result = validationToFormErrors({
      addressLine1: addressLineError(addressLine1, t('address.line1'), true, t('address.line1Missing')),
      addressLine2: addressLineError(addressLine2, t('address.line2Name'), false),
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
    <QuestionForm title={title} caption={t('caption')} backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="address-hint">
          <Legend isPageHeading>{title}</Legend>
          <div id="address-hint" className="govuk-hint">
            {voice.parent ? t('address.hintYoungCarer') : t('address.hint')}
          </div>
          <TextInput id="addressLine1" label={t('address.line1')} value={addressLine1} onChange={setAddressLine1} error={errors.fields.addressLine1} autoComplete={autoComplete('address-line1')} />
          <TextInput id="addressLine2" label={t('address.line2')} value={addressLine2} onChange={setAddressLine2} error={errors.fields.addressLine2} autoComplete={autoComplete('address-line2')} />
          <TextInput id="town" label={t('address.town')} value={town} onChange={setTown} error={errors.fields.town} autoComplete={autoComplete('address-level2')} width="two-thirds" />
          <TextInput id="postcode" label={t('address.postcode')} value={postcode} onChange={setPostcode} error={errors.fields.postcode} autoComplete={autoComplete('postal-code')} width="10" />
        </fieldset>
      </div>
    </QuestionForm>
  );
}
