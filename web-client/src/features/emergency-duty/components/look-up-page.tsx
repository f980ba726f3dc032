import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { PlanSummary } from '@/components/emergency-plan/plan-summary';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { InsetText } from '@/components/govuk/misc';
import { SummaryList } from '@/components/govuk/summary-list';
import { TextInput } from '@/components/govuk/text-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import type { EmergencyCardLookUp } from '@/lib/api/types';
import { cardNumberError, formatCardNumber } from '@/lib/emergency-card';
import { hasErrors, noErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { useLookUpEmergencyCard } from '../api/look-up-emergency-plan';

/**
 * Emergency duty: one input, the card number, and the plans on that card. There is deliberately
 * no list and no search: the card is the only way in, and every look-up is recorded.
 */
export function LookUpPage() {
  const lookUp = useLookUpEmergencyCard();
  const [cardNumber, setCardNumber] = useState('');
  const [found, setFound] = useState<EmergencyCardLookUp>();
  const { errors, attempt, setErrors } = useFormErrors();
  const title = 'Look up an emergency card';
  usePageTitle(found ? `Emergency card ${formatCardNumber(found.cardNumber)}` : title, hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const error = cardNumberError(cardNumber);
    if (error) {
      setFound(undefined);
      setErrors(validationToFormErrors({ cardNumber: error }));
      return;
    }
    lookUp.mutate(cardNumber, {
      onSuccess: (result) => {
        setErrors(noErrors);
        setFound(result);
      },
      onError: (failure) => {
        setFound(undefined);
        if (isApiError(failure) && failure.status === 404) {
          setErrors(validationToFormErrors({ cardNumber: `No emergency plan is held for card ${formatCardNumber(cardNumber.trim())}. Check the card number` }));
          return;
        }
        // A wrong check digit is the API's 400, with its message for the card number.
        setErrors(problemToFormErrors(failure, { cardNumber: '#cardNumber' }));
      },
    });
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          Enter the number on the carer’s emergency card to see the emergency plans for the people they care for. Every look-up is
          recorded, and the carer can see when it happened.
        </p>
        <form noValidate onSubmit={submit}>
          <TextInput
            id="cardNumber"
            label="Emergency card number"
            labelSize="m"
            hint="12 digits, for example 1234 5678 9012"
            width="20"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            extraLetterSpacing
            error={errors.fields.cardNumber}
            value={cardNumber}
            onChange={setCardNumber}
          />
          <Button preventDoubleClick disabled={lookUp.isPending}>
            Look up
          </Button>
        </form>
        {found ? <Found key={`${found.cardNumber}-${attempt}`} found={found} /> : null}
      </div>
    </div>
  );
}

function Found({ found }: { found: EmergencyCardLookUp }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The results appear under the form: move to them, as a new page would.
    heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby="card-result" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-l" id="card-result" tabIndex={-1} ref={heading}>
        Emergency card {formatCardNumber(found.cardNumber)}
      </h2>
      <SummaryList
        rows={[
          { key: 'Carer', value: found.carerName },
          { key: 'Carer’s phone', value: found.carerPhone ?? 'Not given' },
          { key: 'Carer’s postcode', value: found.carerPostcode },
        ]}
      />
      {found.plans.length === 0 ? (
        <InsetText>This carer has no emergency plan yet.</InsetText>
      ) : (
        found.plans.map((plan) => <PlanSummary key={plan.id} plan={plan} />)
      )}
    </section>
  );
}
