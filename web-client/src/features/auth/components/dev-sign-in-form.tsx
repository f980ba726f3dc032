import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Session } from '@/lib/auth/session';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { useIssueDevToken } from '../api/issue-dev-token';
import { findPersona, personas, subjectFor, type PersonaId } from '../personas';

type DevSignInFormProps = {
  sessionExpired: boolean;
  onSignedIn: (session: Session) => void;
};

/**
 * Development sign-in: choose a persona and the API's local token issuer signs a token for it.
 * Production uses Entra ID / Entra External ID instead (see README).
 */
export function DevSignInForm({ sessionExpired, onSignedIn }: DevSignInFormProps) {
  const [personaId, setPersonaId] = useState<PersonaId | ''>('');
  const { errors, attempt, setErrors } = useFormErrors();
  const issueToken = useIssueDevToken();
  usePageTitle('Sign in', hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const persona = personaId ? findPersona(personaId) : undefined;
    if (!persona) {
      setErrors(validationToFormErrors({ persona: 'Select who you want to sign in as' }));
      return;
    }
    const subject = subjectFor(persona);
    issueToken.mutate(
      { role: persona.role, subject },
      {
        onSuccess: (token) =>
          onSignedIn({ accessToken: token.accessToken, expiresAt: token.expiresAt, role: persona.role, subject, displayName: persona.label }),
        onError: (error) => setErrors(problemToFormErrors(error, { role: '#persona', subject: '#persona' })),
      },
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
        {sessionExpired && !hasErrors(errors) ? (
          <NotificationBanner heading="You have been signed out">
            <p className="govuk-body">Your session ended. Sign in again to carry on.</p>
          </NotificationBanner>
        ) : null}
        <form onSubmit={submit} noValidate>
          <Radios<PersonaId>
            name="persona"
            legend="Sign in to Luton Carers"
            isPageHeading
            hint="This is the development sign-in. Choose who you want to be; the API issues a test token for them."
            error={errors.fields.persona}
            value={personaId}
            onChange={setPersonaId}
            items={personas.map((persona) => ({ value: persona.id, label: persona.label, hint: persona.hint }))}
          />
          <Button preventDoubleClick disabled={issueToken.isPending}>
            Continue
          </Button>
        </form>
      </div>
    </div>
  );
}
