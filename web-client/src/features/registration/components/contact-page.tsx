import { useState } from 'react';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { TextInput } from '@/components/govuk/text-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { ContactChannel } from '@/lib/api/types';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { emailError, phoneError } from '@/lib/validation/contact';
import { useQuestionStep } from '../registration-context';
import { voiceOf } from '../registration-answers';

export function ContactPage() {
  const { answers, backTo, saveAndContinue } = useQuestionStep('contact');
  const voice = voiceOf(answers);
  const [channel, setChannel] = useState<ContactChannel | ''>(answers.preferredContactChannel);
  const [email, setEmail] = useState(answers.email);
  const [phone, setPhone] = useState(answers.phone);
  const { errors, attempt, setErrors } = useFormErrors();
  const title = voice.parent ? 'How should we contact you about the young carer?' : 'How would you like us to contact you?';

  function submit() {
    const result = validationToFormErrors(
      {
        preferredContactChannel: channel ? undefined : 'Select how you would like us to contact you',
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
    <QuestionForm title={title} caption="Register as a carer" backTo={backTo} errors={errors} attempt={attempt} onSubmit={submit}>
      <Radios<ContactChannel>
        name="preferredContactChannel"
        legend={title}
        isPageHeading
        hint="We will only use these details to contact you about support for carers."
        error={errors.fields.preferredContactChannel}
        value={channel}
        onChange={setChannel}
        items={[
          {
            value: 'email',
            label: 'Email',
            conditional: (
              <TextInput id="email" type="email" label="Email address" value={email} onChange={setEmail} error={errors.fields.email} autoComplete="email" spellCheck={false} width="two-thirds" />
            ),
          },
          {
            value: 'phone',
            label: 'Phone call',
            conditional: (
              <TextInput id="phone" type="tel" label="Phone number" value={phone} onChange={setPhone} error={errors.fields.phone} autoComplete="tel" width="20" />
            ),
          },
          {
            value: 'text',
            label: 'Text message',
            conditional: (
              <TextInput id="mobile" type="tel" label="Mobile phone number" value={phone} onChange={setPhone} error={errors.fields.mobile} autoComplete="tel" width="20" />
            ),
          },
          { value: 'post', label: 'Letter by post', hint: 'We will write to the address you gave.' },
        ]}
      />
    </QuestionForm>
  );
}
