import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { TextInput } from '@/components/govuk/text-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { ContactChannel } from '@/lib/api/types';
import { referenceLabel } from '@/i18n/reference-labels';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { emailError, phoneError } from '@/lib/validation/contact';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

export function ContactPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('contact');
  const voice = voiceOf(answers);
  const { t } = useTranslation('registration');
  const [channel, setChannel] = useState<ContactChannel | ''>(answers.preferredContactChannel);
  const [email, setEmail] = useState(answers.email);
  const [phone, setPhone] = useState(answers.phone);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? t('contact.titleYoungCarer') : t('contact.title');

  function submit() {
    const result = validationToFormErrors(
      {
        preferredContactChannel: channel ? undefined : t('contact.error'),
        email: channel === 'email' ? emailError(email, true) : undefined,
        phone: channel === 'phone' ? phoneError(phone, true) : undefined,
        mobile: channel === 'text' ? phoneError(phone, true, 'mobile') : undefined,
      },
      {},
    );
    if (result.summary.length > 0) {
      setErrors(result);
      return;
    }
    saveAndContinue({ preferredContactChannel: channel, email: email.trim(), phone: phone.trim() });
  }

  return (
    <QuestionForm title={title} caption={t('caption')} backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<ContactChannel>
        name="preferredContactChannel"
        legend={title}
        isPageHeading
        hint={t('contact.hint')}
        error={errors.fields.preferredContactChannel}
        value={channel}
        onChange={setChannel}
        items={[
          {
            value: 'email',
            label: referenceLabel('contactChannel', 'email'),
            conditional: (
              <TextInput id="email" type="email" label={t('contact.emailAddress')} value={email} onChange={setEmail} error={errors.fields.email} autoComplete="email" spellCheck={false} width="two-thirds" />
            ),
          },
          {
            value: 'phone',
            label: referenceLabel('contactChannel', 'phone'),
            conditional: (
              <TextInput id="phone" type="tel" label={t('contact.phoneNumber')} value={phone} onChange={setPhone} error={errors.fields.phone} autoComplete="tel" width="20" />
            ),
          },
          {
            value: 'text',
            label: referenceLabel('contactChannel', 'text'),
            conditional: (
              <TextInput id="mobile" type="tel" label={t('contact.mobileNumber')} value={phone} onChange={setPhone} error={errors.fields.mobile} autoComplete="tel" width="20" />
            ),
          },
          { value: 'post', label: referenceLabel('contactChannel', 'post'), hint: t('contact.postHint') },
        ]}
      />
    </QuestionForm>
  );
}
