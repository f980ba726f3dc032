import { useState } from 'react';
import { Button } from '@/components/govuk/button';
import { WarningText } from '@/components/govuk/misc';
import type { PartnerName, RegisteredWebhook } from '@/lib/api/types';
import { partnerLabels } from '@/lib/reference-data';

/**
 * The signing secret of a newly registered address. The API shows it once: it is held only in
 * this page's memory, never in storage or the browser history.
 */
export function WebhookSecret({ partner, registered }: { partner: PartnerName; registered: RegisteredWebhook }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  const name = partnerLabels[partner];
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);

  return (
    <section aria-labelledby="signing-secret-title">
      <h2 className="govuk-heading-m" id="signing-secret-title">
        {name}’s signing secret
      </h2>
      <div className="govuk-inset-text">
        <p className="govuk-body govuk-!-font-weight-bold app-secret">{registered.secret}</p>
        <p className="govuk-body govuk-!-margin-bottom-0">
          {name}’s system uses it to check that each event really comes from Luton Carers: the <code>webhook-signature</code> header of
          every event is made with it (Standard Webhooks, see docs/events.md).
        </p>
      </div>
      <WarningText>
        You will not see this secret again. Give it to {name} securely, for example by phone or in an encrypted message, never by
        ordinary email. If it is lost, register the address again to make a new one.
      </WarningText>
      {canCopy ? (
        <>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              navigator.clipboard.writeText(registered.secret).then(
                () => setCopied('yes'),
                () => setCopied('failed'),
              );
            }}
          >
            Copy the secret
          </Button>
          <p className="govuk-body" role="status">
            {copied === 'yes' ? 'Secret copied.' : copied === 'failed' ? 'The secret could not be copied. Select it and copy it instead.' : ''}
          </p>
        </>
      ) : null}
    </section>
  );
}
