import { usePageTitle } from '@/hooks/use-page-title';

/** Shown when VITE_AUTH_MODE=entra: Microsoft sign-in (MSAL) is configured but not built yet. */
export function EntraSignIn() {
  usePageTitle('Sign in');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign in to Luton Carers</h1>
        <p className="govuk-body">Signing in with your Microsoft or Luton Carers account is not available yet.</p>
        <p className="govuk-body">If you need help as a carer now, call the Carers Central helpline.</p>
      </div>
    </div>
  );
}
