import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Radios } from '@/components/govuk/radios';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { ConsentBasis, ConsentPurpose } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { consentBasisStaffLabels, consentPurposeLabels, optionsOf } from '@/lib/reference-data';
import { emptyDateParts, parseDateParts, todayIso, type DatePart, type DateParts } from '@/lib/validation/date';
import { useRecordConsentForCarer } from '../api/record-consent-for-carer';

type Props = { carerId: string; carerName: string | undefined; backTo: string; onRecorded: (purpose: ConsentPurpose) => void };

/** Staff record a consent the carer gave them by phone or face to face (decision 0024). */
export function RecordConsentForCarerForm({ carerId, carerName, backTo, onRecorded }: Props) {
  const [purpose, setPurpose] = useState<ConsentPurpose | ''>('');
  const [basis, setBasis] = useState<ConsentBasis | ''>('');
  const [givenOn, setGivenOn] = useState<DateParts>(emptyDateParts);
  const [dateParts, setDateParts] = useState<DatePart[] | undefined>();
  const { errors, attempt, setErrors } = useFormErrors();
  const record = useRecordConsentForCarer();
  const title = 'Record consent from a conversation';
  usePageTitle(title, hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = parseDateParts(givenOn, { name: 'The date consent was given', missing: 'Enter the date the carer gave consent' });
    const dateError = !date.ok ? date.message : date.value && date.value > todayIso() ? 'The date consent was given must be today or in the past' : undefined;
    setDateParts(!date.ok ? date.parts : undefined);
    if (!purpose || !basis || dateError || !date.ok || !date.value) {
      setErrors(
        validationToFormErrors(
          {
            purpose: purpose ? undefined : 'Select what the carer agreed to',
            basis: basis ? undefined : 'Select on what basis consent was given',
            givenOn: dateError,
          },
          { givenOn: dateInputErrorHref('givenOn', !date.ok ? date.parts : undefined) },
        ),
      );
      return;
    }
    record.mutate(
      { carerId, body: { purpose, basis, givenOn: date.value } },
      {
        onSuccess: () => onRecorded(purpose),
        onError: (error) => setErrors(problemToFormErrors(error, { purpose: '#purpose', basis: '#basis', givenOn: '#givenOn-day' })),
      },
    );
  }

  return (
    <>
      <BackLink to={backTo}>Back to the carer record</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          {carerName ? <span className="govuk-caption-l">{carerName}</span> : null}
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">
            Record only what the carer told you themselves, by phone or face to face. A partner waiting for the carer’s answer to its referral
            can see the record as soon as you save consent to share with it.
          </p>
          <form onSubmit={submit} noValidate>
            <Radios<ConsentPurpose>
              name="purpose"
              legend="What did the carer agree to?"
              legendSize="m"
              error={errors.fields.purpose}
              value={purpose}
              onChange={setPurpose}
              items={optionsOf(consentPurposeLabels)}
            />
            <Radios<ConsentBasis>
              name="basis"
              legend="On what basis?"
              legendSize="m"
              error={errors.fields.basis}
              value={basis}
              onChange={setBasis}
              items={optionsOf(consentBasisStaffLabels)}
            />
            <DateInput
              id="givenOn"
              legend="When did they give consent?"
              legendSize="m"
              hint="For example, 27 3 2025"
              error={errors.fields.givenOn}
              errorParts={dateParts}
              value={givenOn}
              onChange={setGivenOn}
            />
            <ButtonGroup>
              <Button preventDoubleClick disabled={record.isPending}>
                Save consent
              </Button>
              <Link className="govuk-link" to={backTo}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
