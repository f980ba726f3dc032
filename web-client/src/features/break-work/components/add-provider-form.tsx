import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { TextInput } from '@/components/govuk/text-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import type { BreakType, Weekday } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { breakTypeLabels, optionsOf, weekdayLabels } from '@/lib/reference-data';
import { useRegisterBreakProvider } from '../api/register-break-provider';
import { emptyProviderForm, providerFormToRequest, type ProviderFormValues } from '../forms';
import { breakWorkPaths } from '../paths';

/** Managers register a provider of breaks: its name, the days it works and its places a day for each type it offers. */
export function AddProviderForm({ onAdded }: { onAdded: (name: string) => void }) {
  const [values, setValues] = useState<ProviderFormValues>(emptyProviderForm);
  const { errors, attempt, setErrors } = useFormErrors();
  const register = useRegisterBreakProvider();
  const title = 'Add a provider of breaks';
  usePageTitle(title, hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = providerFormToRequest(values);
    if (!result.ok) {
      setErrors(validationToFormErrors(result.errors, { worksOn: '#worksOn' }));
      return;
    }
    register.mutate(result.body, {
      onSuccess: (added) => onAdded(added.name),
      onError: (error) => {
        if (isApiError(error) && error.status === 409) {
          setErrors(validationToFormErrors({ name: error.problem.title ?? 'A provider with that name is already registered' }));
          return;
        }
        setErrors(problemToFormErrors(error, { name: '#name', worksOn: '#worksOn', capacity: '#places-sittingService' }));
      },
    });
  }

  // The API's "capacity" errors belong beside the first places box.
  const placesError = (type: BreakType) => errors.fields[`places-${type}`] ?? (type === 'sittingService' ? errors.fields.capacity : undefined);

  return (
    <>
      <BackLink to={breakWorkPaths.providers}>Back to break providers</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">{title}</h1>
          <form noValidate onSubmit={submit}>
            <TextInput id="name" label="Name of the provider" labelSize="m" error={errors.fields.name} value={values.name} onChange={(name) => setValues({ ...values, name })} spellCheck={false} />
            <Checkboxes<Weekday>
              name="worksOn"
              legend="Which days does it work?"
              legendSize="m"
              error={errors.fields.worksOn}
              items={optionsOf(weekdayLabels)}
              values={values.worksOn}
              onChange={(worksOn) => setValues({ ...values, worksOn })}
              small
            />
            <fieldset className="govuk-fieldset" aria-describedby="places-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Places a day</legend>
              <div className="govuk-hint" id="places-hint">
                For each type of break it offers, how many people it can take on each day it works. Leave the others empty.
              </div>
              {(Object.keys(breakTypeLabels) as BreakType[]).map((type) => (
                <TextInput
                  key={type}
                  id={`places-${type}`}
                  label={breakTypeLabels[type]}
                  width="3"
                  inputMode="numeric"
                  spellCheck={false}
                  error={placesError(type)}
                  value={values.places[type]}
                  onChange={(value) => setValues({ ...values, places: { ...values.places, [type]: value } })}
                />
              ))}
            </fieldset>
            <ButtonGroup>
              <Button preventDoubleClick disabled={register.isPending}>
                Add provider
              </Button>
              <Link className="govuk-link" to={breakWorkPaths.providers}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
