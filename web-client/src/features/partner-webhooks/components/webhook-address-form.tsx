import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { TextInput } from '@/components/govuk/text-input';
import type { FormErrors } from '@/lib/forms/form-errors';
import { problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { isStaleChange } from '@/lib/forms/stale-change';
import type { PartnerName, RegisteredWebhook } from '@/lib/api/types';
import { partnerLabels } from '@/lib/reference-data';
import { useRegisterPartnerWebhook } from '../api/register-partner-webhook';

type WebhookAddressFormProps = {
  partner: PartnerName;
  currentUrl: string | null | undefined;
  /** The registration's ETag as last read (null before the first). */
  eTag: string | null | undefined;
  /** This form's errors; the page shows them in its error summary. */
  errors: FormErrors;
  setErrors: (errors: FormErrors) => void;
  onRegistered: (registered: RegisteredWebhook) => void;
};

/** Register, or replace, the address the partner's events are sent to. */
export function WebhookAddressForm({ partner, currentUrl, eTag, errors, setErrors, onRegistered }: WebhookAddressFormProps) {
  const [url, setUrl] = useState('');
  const register = useRegisterPartnerWebhook();
  const replacing = Boolean(currentUrl);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = url.trim();
    if (!trimmed) {
      setErrors(validationToFormErrors({ url: `Enter ${partnerLabels[partner]}’s webhook address` }));
      return;
    }
    register.mutate(
      { partner, url: trimmed, eTag },
      {
        onSuccess: (registered) => {
          setUrl('');
          onRegistered(registered);
        },
        onError: (error) =>
          setErrors(
            isStaleChange(error)
              ? { fields: {}, summary: [{ text: `Someone else changed ${partnerLabels[partner]}’s webhook while you were on this page. We have shown you the address now registered. Check it, then try again.` }] }
              : problemToFormErrors(error, { url: '#url' }),
          ),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">{replacing ? 'Replace the address' : 'Register an address'}</h2>
      <TextInput
        id="url"
        label="Webhook address"
        labelSize="s"
        hint={`An https address of ${partnerLabels[partner]}’s system, like https://partner.example.org/webhooks/carers. A new signing secret is made each time, and the old one stops working.`}
        error={errors.fields.url}
        value={url}
        onChange={setUrl}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
      />
      <Button preventDoubleClick disabled={register.isPending}>
        {replacing ? 'Replace address' : 'Register address'}
      </Button>
    </form>
  );
}
