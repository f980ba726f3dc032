import { type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { WarningText } from '@/components/govuk/misc';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { ConsentPurpose } from '@/lib/api/types';
import { hasErrors, problemToFormErrors } from '@/lib/forms/form-errors';
import { consentPurposeLabels } from '@/lib/reference-data';
import { lowerFirst } from '@/lib/text';
import { useWithdrawConsent } from '../api/withdraw-consent';
import { consentsPath } from '../paths';

export function WithdrawConsentForm({ purpose, onWithdrawn }: { purpose: ConsentPurpose; onWithdrawn: () => void }) {
  const { errors, attempt, setErrors } = useFormErrors();
  const withdraw = useWithdrawConsent();
  const what = lowerFirst(consentPurposeLabels[purpose]);
  const title = `Are you sure you want to withdraw consent to ${what}?`;
  usePageTitle(title, hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    withdraw.mutate(purpose, {
      onSuccess: onWithdrawn,
      onError: (error) => setErrors(problemToFormErrors(error, {})),
    });
  }

  return (
    <>
      <BackLink to={consentsPath} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <span className="govuk-caption-l">Sharing your information</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <WarningText>We will stop straight away. Support that relies on it may stop too.</WarningText>
          <form onSubmit={submit} noValidate>
            <ButtonGroup>
              <Button variant="warning" preventDoubleClick disabled={withdraw.isPending}>
                Withdraw consent
              </Button>
              <Link className="govuk-link" to={consentsPath}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
