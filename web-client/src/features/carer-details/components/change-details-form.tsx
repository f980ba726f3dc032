import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Legend } from '@/components/govuk/parts';
import { Radios } from '@/components/govuk/radios';
import { Select } from '@/components/govuk/select';
import { TextInput } from '@/components/govuk/text-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { CarerRecord, ContactChannel, EducationStatus, EmploymentStatus, Ethnicity, ReasonableAdjustment, Versioned } from '@/lib/api/types';
import { isApiError } from '@/lib/api/api-error';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { languageOptions } from '@/lib/language-names';
import {
  contactChannelLabels,
  educationStatusLabels,
  employmentStatusLabels,
  ethnicGroups,
  ethnicityLabels,
  optionsOf,
  reasonableAdjustmentLabels,
} from '@/lib/reference-data';
import { addressLineError, townError } from '@/lib/validation/address';
import { emailError, phoneError, postcodeError } from '@/lib/validation/contact';
import { dateOfBirthError } from '@/lib/validation/date-of-birth';
import type { DatePart } from '@/lib/validation/date';
import { languageError } from '@/lib/validation/language';
import { nameError } from '@/lib/validation/name';
import { nhsNumberError } from '@/lib/validation/nhs-number';
import { useUpdateMyCarerRecord } from '../api/update-my-carer-record';
import { toUpdateRequest, valuesFromRecord, type DetailsFormValues } from './details-form-values';

/** Where each contract field sits on this form, for error summary links. */
const formFields: Record<string, string> = {
  givenName: '#givenName',
  familyName: '#familyName',
  dateOfBirth: '#dateOfBirth-day',
  addressLine1: '#addressLine1',
  addressLine2: '#addressLine2',
  town: '#town',
  postcode: '#postcode',
  email: '#email',
  phone: '#phone',
  preferredContactChannel: '#preferredContactChannel',
  preferredLanguage: '#preferredLanguage',
  reasonableAdjustments: '#reasonableAdjustments',
  nhsNumber: '#nhsNumber',
  ethnicity: '#ethnicity',
  employmentStatus: '#employmentStatus',
  educationStatus: '#educationStatus',
};

export const staleRecordMessage =
  'Your details were changed somewhere else (in another window, or by council staff) after you opened this page. We have loaded the latest details below. Make your changes again, then save.';

type ChangeDetailsFormProps = {
  record: Versioned<CarerRecord>;
  /** The record changed under us (412): show why the form was reloaded. */
  conflict: boolean;
  onConflict: () => void;
  onSaved: () => void;
};

export function ChangeDetailsForm({ record, conflict, onConflict, onSaved }: ChangeDetailsFormProps) {
  const [values, setValues] = useState<DetailsFormValues>(() => valuesFromRecord(record.data));
  const [dateParts, setDateParts] = useState<DatePart[]>([]);
  const { errors, attempt, setErrors } = useFormErrors();
  const update = useUpdateMyCarerRecord();
  const { hash } = useLocation();
  const parent = record.data.registeredBy === 'parent';
  const title = parent ? 'Change the young carer’s details' : 'Change your details';
  usePageTitle(title, hasErrors(errors) || conflict);

  // A Change link on "Your details" points at one field: start there (but after a conflict the
  // error summary explaining it keeps the focus).
  useEffect(() => {
    if (!hash || conflict) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (element) requestAnimationFrame(() => element.focus());
  }, [hash, conflict]);

  const set = <K extends keyof DetailsFormValues>(key: K) => (value: DetailsFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const dob = dateOfBirthError(values.dateOfBirth, { parent });
    const channel = values.preferredContactChannel;
    const result = validationToFormErrors(
      {
        givenName: nameError(values.givenName, 'first name'),
        familyName: nameError(values.familyName, 'last name'),
        dateOfBirth: dob?.message,
        addressLine1: addressLineError(values.addressLine1, 'Address line 1', channel === 'post', 'Enter address line 1, or choose another way to contact you'),
        addressLine2: addressLineError(values.addressLine2, 'Address line 2', false),
        town: townError(values.town, false),
        postcode: postcodeError(values.postcode),
        email: emailError(values.email, channel === 'email'),
        phone: phoneError(values.phone, channel === 'phone' || channel === 'text'),
        preferredContactChannel: channel ? undefined : 'Select how you would like us to contact you',
        preferredLanguage: languageError(values.preferredLanguage),
        nhsNumber: nhsNumberError(values.nhsNumber),
      },
      { dateOfBirth: dateInputErrorHref('dateOfBirth', dob?.parts), preferredContactChannel: '#preferredContactChannel' },
    );
    setDateParts(dob?.parts ?? []);
    const body = toUpdateRequest(values, record.data);
    if (hasErrors(result) || !body) {
      setErrors(result);
      return;
    }
    update.mutate(
      { body, etag: record.etag },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isApiError(error) && error.status === 412) onConflict();
          else setErrors(problemToFormErrors(error, formFields));
        },
      },
    );
  }

  const summary = conflict && !hasErrors(errors) ? [{ text: staleRecordMessage }] : errors.summary;

  return (
    <>
      <BackLink to="/your-details" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {summary.length > 0 ? <ErrorSummary key={`${attempt}-${conflict}`} errors={summary} /> : null}
          <h1 className="govuk-heading-l">{title}</h1>
          <form onSubmit={submit} noValidate>
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset">
                <Legend size="m">Name</Legend>
                <TextInput id="givenName" label="First name" value={values.givenName} onChange={set('givenName')} error={errors.fields.givenName} autoComplete={parent ? 'off' : 'given-name'} spellCheck={false} width="20" />
                <TextInput id="familyName" label="Last name" value={values.familyName} onChange={set('familyName')} error={errors.fields.familyName} autoComplete={parent ? 'off' : 'family-name'} spellCheck={false} width="20" />
              </fieldset>
            </div>
            <DateInput
              id="dateOfBirth"
              legend="Date of birth"
              legendSize="m"
              hint="For example, 27 3 2007"
              value={values.dateOfBirth}
              onChange={set('dateOfBirth')}
              error={errors.fields.dateOfBirth}
              errorParts={dateParts}
              autoCompleteBirthday={!parent}
            />
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset">
                <Legend size="m">Address</Legend>
                <TextInput id="addressLine1" label="Address line 1" value={values.addressLine1} onChange={set('addressLine1')} error={errors.fields.addressLine1} autoComplete={parent ? 'off' : 'address-line1'} />
                <TextInput id="addressLine2" label="Address line 2 (optional)" value={values.addressLine2} onChange={set('addressLine2')} error={errors.fields.addressLine2} autoComplete={parent ? 'off' : 'address-line2'} />
                <TextInput id="town" label="Town or city" value={values.town} onChange={set('town')} error={errors.fields.town} autoComplete={parent ? 'off' : 'address-level2'} width="two-thirds" />
                <TextInput id="postcode" label="Postcode" value={values.postcode} onChange={set('postcode')} error={errors.fields.postcode} autoComplete={parent ? 'off' : 'postal-code'} width="10" />
              </fieldset>
            </div>
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset">
                <Legend size="m">Contact details</Legend>
                <TextInput id="email" type="email" label="Email address (optional)" value={values.email} onChange={set('email')} error={errors.fields.email} autoComplete="email" spellCheck={false} />
                <TextInput id="phone" type="tel" label="Phone number (optional)" value={values.phone} onChange={set('phone')} error={errors.fields.phone} autoComplete="tel" width="20" />
                <Radios<ContactChannel>
                  name="preferredContactChannel"
                  legend="How would you like us to contact you?"
                  legendSize="s"
                  error={errors.fields.preferredContactChannel}
                  value={values.preferredContactChannel}
                  onChange={set('preferredContactChannel')}
                  items={optionsOf(contactChannelLabels)}
                  small
                />
              </fieldset>
            </div>
            <Select id="preferredLanguage" label="Language we should use" labelSize="m" value={values.preferredLanguage} onChange={set('preferredLanguage')} error={errors.fields.preferredLanguage} items={languageOptions} />
            <Checkboxes<ReasonableAdjustment>
              name="reasonableAdjustments"
              legend="Help when we contact you"
              legendSize="m"
              hint="Select all that apply. Leave them all unselected if you need none."
              error={errors.fields.reasonableAdjustments}
              items={optionsOf(reasonableAdjustmentLabels)}
              values={values.reasonableAdjustments}
              onChange={set('reasonableAdjustments')}
              small
            />
            <TextInput id="nhsNumber" label="NHS number (optional)" labelSize="m" hint="This is a 10 digit number, like 485 777 3456." value={values.nhsNumber} onChange={set('nhsNumber')} error={errors.fields.nhsNumber} inputMode="numeric" spellCheck={false} width="10" extraLetterSpacing />
            <Select
              id="ethnicity"
              label="Ethnic group (optional)"
              labelSize="m"
              value={values.ethnicity}
              onChange={(value) => set('ethnicity')(value as Ethnicity | '')}
              error={errors.fields.ethnicity}
              items={[
                { value: '', label: 'Not given' },
                ...ethnicGroups.map((group) => ({
                  label: group.label,
                  options: group.codes.map((code) => ({ value: code, label: ethnicityLabels[code] })),
                })),
                { value: 'preferNotToSay', label: ethnicityLabels.preferNotToSay },
              ]}
            />
            <Select
              id="employmentStatus"
              label="Work (optional)"
              labelSize="m"
              value={values.employmentStatus}
              onChange={(value) => set('employmentStatus')(value as EmploymentStatus | '')}
              error={errors.fields.employmentStatus}
              items={[{ value: '', label: 'Not given' }, ...optionsOf(employmentStatusLabels)]}
            />
            <Select
              id="educationStatus"
              label="Education or training (optional)"
              labelSize="m"
              value={values.educationStatus}
              onChange={(value) => set('educationStatus')(value as EducationStatus | '')}
              error={errors.fields.educationStatus}
              items={[{ value: '', label: 'Not given' }, ...optionsOf(educationStatusLabels)]}
            />
            <ButtonGroup>
              <Button preventDoubleClick disabled={update.isPending}>
                Save changes
              </Button>
              <Link className="govuk-link" to="/your-details">
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
