import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { ConsentBasis, ConsentPurpose } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { consentBasisLabels, consentPurposeHints, consentPurposeLabels, optionsOf } from '@/lib/reference-data';
import { todayIso } from '@/lib/validation/date';
import { useGiveConsent } from '../api/give-consent';
import { consentsPath } from '../paths';

export function GiveConsentForm({ purpose, onGiven }: { purpose: ConsentPurpose; onGiven: () => void }) {
  const [basis, setBasis] = useState<ConsentBasis | ''>('');
  const { errors, attempt, setErrors } = useFormErrors();
  const give = useGiveConsent();
  const title = consentPurposeLabels[purpose];
  usePageTitle(title, hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!basis) {
      setErrors(validationToFormErrors({ basis: 'Select who is giving consent' }));
      return;
    }
    give.mutate(
      // Consent given online is given today.
      { purpose, basis, givenOn: todayIso() },
      {
        onSuccess: onGiven,
        onError: (error) => setErrors(problemToFormErrors(error, { basis: '#basis' })),
      },
    );
  }

  return (
    <>
      <BackLink to={consentsPath} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <span className="govuk-caption-l">Sharing your information</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">{consentPurposeHints[purpose]}</p>
          <p className="govuk-body">You can withdraw your consent at any time on the ‘Sharing your information’ page.</p>
          <form onSubmit={submit} noValidate>
            <Radios<ConsentBasis>
              name="basis"
              legend="Who is giving consent?"
              legendSize="m"
              error={errors.fields.basis}
              value={basis}
              onChange={setBasis}
              items={optionsOf(consentBasisLabels)}
            />
            <ButtonGroup>
              <Button preventDoubleClick disabled={give.isPending}>
                I agree
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
