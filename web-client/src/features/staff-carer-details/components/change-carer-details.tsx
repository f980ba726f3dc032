import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { paths } from '@/config/paths';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import type { CarerRecord, Versioned } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import type { DatePart } from '@/lib/validation/date';
import { useChangeCarerDetails, type ChangeCarerDetailsResponse } from '../api/change-carer-details';
import { matchedRecords, toRequest, validateDetails, valuesFromRecord, type StaffDetailsValues } from '../details-values';
import { detailsFormFields, StaffDetailsFields } from './staff-details-fields';

const staleMessage = 'Someone changed this record after you opened this page. We have loaded the latest details below. Make your changes again, then save.';

type ChangeCarerDetailsProps = {
  record: Versioned<CarerRecord>;
  conflict: boolean;
  onConflict: () => void;
  onSaved: (response: ChangeCarerDetailsResponse) => void;
};

/** Staff change a carer's details, sent with the version they read (If-Match). */
export function ChangeCarerDetails({ record, conflict, onConflict, onSaved }: ChangeCarerDetailsProps) {
  const [values, setValues] = useState<StaffDetailsValues>(() => valuesFromRecord(record.data));
  const [dateParts, setDateParts] = useState<DatePart[]>([]);
  const [heldBy, setHeldBy] = useState<string | null>(null);
  const { errors, attempt, setErrors } = useFormErrors();
  const change = useChangeCarerDetails();
  const name = `${record.data.givenName} ${record.data.familyName}`;
  const title = 'Change the carer’s details';
  usePageTitle(`${title}: ${name}`, hasErrors(errors) || conflict);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { messages, dateParts: parts } = validateDetails(values);
    const result = validationToFormErrors(messages, { dateOfBirth: `#dateOfBirth-${parts[0] ?? 'day'}`, preferredContactChannel: '#preferredContactChannel' });
    setDateParts(parts);
    const body = toRequest(values, record.data);
    if (hasErrors(result) || !body) {
      setErrors(result);
      return;
    }
    change.mutate(
      { carerId: record.data.id, body, etag: record.etag },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isApiError(error) && error.status === 412) {
            onConflict();
            return;
          }
          if (isApiError(error) && error.status === 409) {
            setHeldBy(matchedRecords(error.problem).held?.id ?? null);
            setErrors(validationToFormErrors({ nhsNumber: 'Another record already has this NHS number' }));
            return;
          }
          setErrors(problemToFormErrors(error, detailsFormFields));
        },
      },
    );
  }

  const summary = conflict && !hasErrors(errors) ? [{ text: staleMessage }] : errors.summary;
  return (
    <>
      <BackLink to={paths.carer(record.data.id)}>Back to the carer record</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {summary.length > 0 ? <ErrorSummary key={`${attempt}-${conflict}`} errors={summary} /> : null}
          <span className="govuk-caption-l">{name}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          {heldBy && hasErrors(errors) ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={paths.carer(heldBy)} state={{ accessReason: 'casework' }}>
                Open the record that has this NHS number
              </Link>
              . If the two records are the same person, merge them from the{' '}
              <Link className="govuk-link" to={paths.matchQueue}>
                match queue
              </Link>
              .
            </p>
          ) : null}
          <form onSubmit={submit} noValidate>
            <StaffDetailsFields values={values} onChange={setValues} errors={errors.fields} dateParts={dateParts} />
            <ButtonGroup>
              <Button preventDoubleClick disabled={change.isPending}>
                Save changes
              </Button>
              <Link className="govuk-link" to={paths.carer(record.data.id)}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
