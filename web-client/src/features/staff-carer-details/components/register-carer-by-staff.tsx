import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { InsetText, WarningText } from '@/components/govuk/misc';
import { SummaryList } from '@/components/govuk/summary-list';
import { paths } from '@/config/paths';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import type { CarerRecord } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { languageName } from '@/lib/language-names';
import { contactChannelLabels } from '@/lib/reference-data';
import type { DatePart } from '@/lib/validation/date';
import { formatDate } from '@/lib/validation/date';
import { formatNhsNumber } from '@/lib/validation/nhs-number';
import { useRegisterCarerByStaff } from '../api/register-carer-by-staff';
import { emptyValues, matchedRecords, toRequest, validateDetails, type MatchedRecord, type StaffDetailsValues } from '../details-values';
import { detailsFormFields, StaffDetailsFields } from './staff-details-fields';

type Step = 'form' | 'check';
type Matches = { held?: MatchedRecord; candidates: MatchedRecord[] };

/**
 * Staff register a carer met by phone or face to face: the details, then check answers. The
 * matcher may stop it: a record with the NHS number (open it), or probable matches (open them,
 * or register anyway, which puts each pair in the match queue). From the GP worklist the NHS number is filled in.
 */
export function RegisterCarerByStaff({ fromGpNhsNumber, onRegistered }: { fromGpNhsNumber?: string; onRegistered: (record: CarerRecord) => void }) {
  const [values, setValues] = useState<StaffDetailsValues>(() => emptyValues(fromGpNhsNumber ?? ''));
  const [step, setStep] = useState<Step>('form');
  const [dateParts, setDateParts] = useState<DatePart[]>([]);
  const [matches, setMatches] = useState<Matches | null>(null);
  const { errors, attempt, setErrors } = useFormErrors();
  const register = useRegisterCarerByStaff();
  const title = step === 'form' ? 'Register a carer' : 'Check the carer’s details before registering them';
  usePageTitle(matches ? 'This person may already have a record' : title, hasErrors(errors));

  function toCheck(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { messages, dateParts: parts } = validateDetails(values);
    const result = validationToFormErrors(messages, { dateOfBirth: `#dateOfBirth-${parts[0] ?? 'day'}`, preferredContactChannel: '#preferredContactChannel' });
    setDateParts(parts);
    if (hasErrors(result) || !toRequest(values)) {
      setErrors(result);
      return;
    }
    setErrors(validationToFormErrors({}));
    setStep('check');
    window.scrollTo(0, 0);
  }

  function send(registerAnyway: boolean) {
    const body = toRequest(values);
    if (!body) return;
    register.mutate(
      { ...body, registerAnyway },
      {
        onSuccess: onRegistered,
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            setMatches(matchedRecords(error.problem));
            return;
          }
          setStep('form');
          setErrors(problemToFormErrors(error, detailsFormFields));
        },
      },
    );
  }

  if (matches) {
    return (
      <MatchedRecords
        matches={matches}
        pending={register.isPending}
        onRegisterAnyway={() => send(true)}
        onChange={() => {
          setMatches(null);
          setStep('form');
        }}
      />
    );
  }

  if (step === 'check') {
    const rows = [
      { key: 'Name', value: `${values.givenName.trim()} ${values.familyName.trim()}` },
      { key: 'Date of birth', value: formatDate(toRequest(values)?.dateOfBirth) },
      { key: 'Address', value: [values.addressLine1, values.addressLine2, values.town, values.postcode.toUpperCase()].filter((line) => line.trim()).join(', ') },
      { key: 'Email address', value: values.email || 'Not given' },
      { key: 'Phone number', value: values.phone || 'Not given' },
      { key: 'Contact them by', value: values.preferredContactChannel ? contactChannelLabels[values.preferredContactChannel] : '' },
      { key: 'Language', value: languageName(values.preferredLanguage) },
      { key: 'NHS number', value: values.nhsNumber ? formatNhsNumber(values.nhsNumber.replace(/\s/g, '')) : 'Not given' },
      { key: 'GP practice code', value: values.gpPracticeOdsCode.toUpperCase() || 'Not given' },
    ];
    return (
      <>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
            <h1 className="govuk-heading-l">{title}</h1>
            <SummaryList rows={rows} />
            {fromGpNhsNumber ? (
              <InsetText>A GP flagged this person. The record keeps “GP flag” as how we first knew them, the date of the first flag, and the practice’s flags.</InsetText>
            ) : null}
            <ButtonGroup>
              <Button type="button" preventDoubleClick disabled={register.isPending} onClick={() => send(false)}>
                Register carer
              </Button>
              <Button type="button" variant="secondary" onClick={() => setStep('form')}>
                Change the details
              </Button>
            </ButtonGroup>
          </div>
        </div>
      </>
    );
  }

  return (
    <>
      <BackLink to={fromGpNhsNumber ? paths.gpWorklist : '/carers'}>{fromGpNhsNumber ? 'Back to the GP worklist' : 'Back to search'}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          {fromGpNhsNumber ? <span className="govuk-caption-l">From the GP worklist</span> : null}
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">Take down the details of a carer you have met by phone or face to face. They do not need to sign in.</p>
          <form onSubmit={toCheck} noValidate>
            <StaffDetailsFields
              values={values}
              onChange={setValues}
              errors={errors.fields}
              dateParts={dateParts}
              {...(fromGpNhsNumber ? { nhsNumberHint: 'The NHS number the GP flagged. Change it only if the person gives a different one.' } : {})}
            />
            <Button>Continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}

function MatchedRecords({ matches, pending, onRegisterAnyway, onChange }: { matches: Matches; pending: boolean; onRegisterAnyway: () => void; onChange: () => void }) {
  const held = matches.held;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{held ? 'We already hold a record with this NHS number' : 'This person may already have a record'}</h1>
        {held ? (
          <>
            <p className="govuk-body">
              <Link className="govuk-link" to={paths.carer(held.id)} state={{ accessReason: 'casework' }}>
                Open the record that has this NHS number
              </Link>
            </p>
            <p className="govuk-body">If it is the same person, update that record. If two records are the same person, merge them from the match queue.</p>
          </>
        ) : (
          <>
            <p className="govuk-body">These records have the same last name, date of birth and postcode:</p>
            <ul className="govuk-list govuk-list--bullet">
              {matches.candidates.map((candidate) => (
                <li key={candidate.id}>
                  <Link className="govuk-link" to={paths.carer(candidate.id)} state={{ accessReason: 'casework' }}>
                    {candidate.text}
                  </Link>
                </li>
              ))}
            </ul>
            <WarningText>Register anyway only if none of them is this person. The records are then put in the match queue for a decision.</WarningText>
            <ButtonGroup>
              <Button type="button" variant="warning" preventDoubleClick disabled={pending} onClick={onRegisterAnyway}>
                Register anyway
              </Button>
            </ButtonGroup>
          </>
        )}
        <Button type="button" variant="secondary" onClick={onChange}>
          Change the details
        </Button>
      </div>
    </div>
  );
}
