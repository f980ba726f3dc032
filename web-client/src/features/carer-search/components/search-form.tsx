import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { Radios } from '@/components/govuk/radios';
import { TextInput } from '@/components/govuk/text-input';
import { accessReasonChoices, type AccessReason } from '@/lib/api/access-reason';
import type { FormErrors } from '@/lib/forms/form-errors';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { isoToDateParts, parseDateParts, type DatePart, type DateParts } from '@/lib/validation/date';
import { nhsNumberError, normaliseNhsNumber } from '@/lib/validation/nhs-number';
import type { SearchCriteria } from '../api/search-carers';

const districtOrPostcode = /^[A-Z]{1,2}\d[A-Z\d]?(\s*\d[A-Z]{2})?$/i;

export const searchFormFields: Record<string, string> = {
  accessReason: '#accessReason',
  'Access-Reason': '#accessReason',
  name: '#name',
  dateOfBirth: '#dateOfBirth-day',
  postcode: '#postcode',
  nhsNumber: '#nhsNumber',
};

export const searchReasonError = 'Select why you are looking for a carer';

export type SearchInput = { accessReason: AccessReason | ''; name: string; dateOfBirth: DateParts; postcode: string; nhsNumber: string };

/** Checks the reason and the criteria as typed; a reason and at least one criterion are needed (decision 0025). */
export function validateSearch(input: SearchInput):
  | { ok: true; criteria: SearchCriteria; accessReason: AccessReason }
  | { ok: false; errors: FormErrors; dateParts: DatePart[] } {
  const dob = parseDateParts(input.dateOfBirth, { name: 'Date of birth', missing: '' }, false);
  const name = input.name.trim();
  const postcode = input.postcode.trim().toUpperCase();
  const nhsNumber = normaliseNhsNumber(input.nhsNumber);
  const nothing = !name && dob.ok && !dob.value && !postcode && !nhsNumber;
  const errors = validationToFormErrors(
    {
      accessReason: input.accessReason === '' ? searchReasonError : undefined,
      name: nothing
        ? 'Enter a name, date of birth, postcode or NHS number to search for'
        : name.length > 100
          ? 'Name must be 100 characters or fewer'
          : undefined,
      dateOfBirth: dob.ok ? undefined : dob.message,
      postcode: postcode && !districtOrPostcode.test(postcode) ? 'Enter a full postcode, like LU1 3AB, or a district, like LU1' : undefined,
      nhsNumber: nhsNumberError(nhsNumber),
    },
    { dateOfBirth: dateInputErrorHref('dateOfBirth', dob.ok ? [] : dob.parts) },
  );
  if (errors.summary.length > 0 || input.accessReason === '') return { ok: false, errors, dateParts: dob.ok ? [] : dob.parts };
  const criteria: SearchCriteria = {};
  if (name) criteria.name = name;
  if (dob.ok && dob.value) criteria.dateOfBirth = dob.value;
  if (postcode) criteria.postcode = postcode;
  if (nhsNumber) criteria.nhsNumber = nhsNumber;
  return { ok: true, criteria, accessReason: input.accessReason };
}

type SearchFormProps = {
  initial: SearchCriteria;
  /** The reason given for the last search this session, chosen again for the next. */
  initialReason: AccessReason | undefined;
  errors: FormErrors;
  dateParts: DatePart[];
  onSearch: (input: SearchInput) => void;
};

export function SearchForm({ initial, initialReason, errors, dateParts, onSearch }: SearchFormProps) {
  const [accessReason, setAccessReason] = useState<AccessReason | ''>(initialReason ?? '');
  const [name, setName] = useState(initial.name ?? '');
  const [dateOfBirth, setDateOfBirth] = useState<DateParts>(isoToDateParts(initial.dateOfBirth));
  const [postcode, setPostcode] = useState(initial.postcode ?? '');
  const [nhsNumber, setNhsNumber] = useState(initial.nhsNumber ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ accessReason, name, dateOfBirth, postcode, nhsNumber });
  }

  return (
    <form onSubmit={submit} noValidate role="search" aria-label="Find a carer">
      <Radios
        name="accessReason"
        legend="Why are you looking for a carer?"
        legendSize="s"
        hint="We keep a note of every search and why. Carers can see it."
        error={errors.fields.accessReason}
        items={accessReasonChoices.map((choice) => ({ value: choice.value, label: choice.label }))}
        value={accessReason}
        onChange={setAccessReason}
        small
      />
      <TextInput id="name" label="Name" hint="First name, last name or both, or the start of them, like ‘sam smi’" value={name} onChange={setName} error={errors.fields.name} autoComplete="off" spellCheck={false} width="full" />
      <DateInput id="dateOfBirth" legend="Date of birth" legendSize="s" hint="For example, 27 3 1980" value={dateOfBirth} onChange={setDateOfBirth} error={errors.fields.dateOfBirth} errorParts={dateParts} />
      <TextInput id="postcode" label="Postcode" hint="A full postcode, like LU1 3AB, or a district, like LU1" value={postcode} onChange={setPostcode} error={errors.fields.postcode} autoComplete="off" width="10" />
      <TextInput id="nhsNumber" label="NHS number" value={nhsNumber} onChange={setNhsNumber} error={errors.fields.nhsNumber} inputMode="numeric" spellCheck={false} width="10" extraLetterSpacing />
      <Button>Search</Button>
    </form>
  );
}
