import { useState } from 'react';
import { Button } from '@/components/govuk/button';
import { usePageTitle } from '@/hooks/use-page-title';
import { useAuth } from '@/lib/auth/auth-context';
import type { ProviderKind } from '@/lib/auth/session';

/**
 * The start of signing in: carers and staff each go to their own identity provider (Entra
 * External ID and Entra ID in production; the local provider in Development), which signs them
 * in and sends them back to /signed-in.
 */
export function SignInChoice({ returnTo }: { returnTo: string }) {
  const { settings, settingsFailed, startSignIn } = useAuth();
  const [going, setGoing] = useState(false);
  const [failed, setFailed] = useState(false);
  usePageTitle('Sign in');

  async function go(kind: ProviderKind) {
    setGoing(true);
    setFailed(false);
    try {
      await startSignIn(kind, returnTo);
    } catch {
      setFailed(true);
      setGoing(false);
    }
  }

  const unavailable = settingsFailed || failed;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign in to Luton Carers</h1>
        {unavailable ? (
          <div className="govuk-inset-text">
            Signing in is not working at the moment. Try again later. If you need help as a carer now, call the Carers Central helpline.
          </div>
        ) : null}
        <h2 className="govuk-heading-m">If you are a carer</h2>
        <p className="govuk-body">Sign in with your Luton Carers account, or create one, to see and update your carer record.</p>
        <Button type="button" onClick={() => void go('carers')} disabled={!settings || going}>
          Sign in as a carer
        </Button>
        <h2 className="govuk-heading-m">If you work for the council or a partner</h2>
        <p className="govuk-body">Sign in with your work account.</p>
        <Button type="button" variant="secondary" onClick={() => void go('staff')} disabled={!settings || going}>
          Sign in as council or partner staff
        </Button>
      </div>
    </div>
  );
}
