import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { TextInput } from '@/components/govuk/text-input';
import type { FormErrors } from '@/lib/forms/form-errors';
import { validationToFormErrors } from '@/lib/forms/form-errors';
import { isoToDateParts, parseDateParts, type DatePart, type DateParts } from '@/lib/validation/date';
import { nhsNumberError, normaliseNhsNumber } from '@/lib/validation/nhs-number';
import type { SearchCriteria } from '../api/search-carers';

const districtOrPostcode = /^[A-Z]{1,2}\d[A-Z\d]?(\s*\d[A-Z]{2})?$/i;

export const searchFormFields: Record<string, string> = {
  name: '#name',
  dateOfBirth: '#dateOfBirth-day',
  postcode: '#postcode',
  nhsNumber: '#nhsNumber',
};

/** Checks the criteria as typed; at least one is needed. */
export function validateSearch(input: { name: string; dateOfBirth: DateParts; postcode: string; nhsNumber: string }):
  | { ok: true; criteria: SearchCriteria }
  | { ok: false; errors: FormErrors; dateParts: DatePart[] } {
  const dob = parseDateParts(input.dateOfBirth, { name: 'Date of birth', missing: '' }, false);
  const name = input.name.trim();
  const postcode = input.postcode.trim().toUpperCase();
  const nhsNumber = normaliseNhsNumber(input.nhsNumber);
  const nothing = !name && dob.ok && !dob.value && !postcode && !nhsNumber;
  const errors = validationToFormErrors(
    {
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
  if (errors.summary.length > 0) return { ok: false, errors, dateParts: dob.ok ? [] : dob.parts };
  const criteria: SearchCriteria = {};
  if (name) criteria.name = name;
  if (dob.ok && dob.value) criteria.dateOfBirth = dob.value;
  if (postcode) criteria.postcode = postcode;
  if (nhsNumber) criteria.nhsNumber = nhsNumber;
  return { ok: true, criteria };
}

type SearchFormProps = {
  initial: SearchCriteria;
  errors: FormErrors;
  dateParts: DatePart[];
  onSearch: (input: { name: string; dateOfBirth: DateParts; postcode: string; nhsNumber: string }) => void;
};

export function SearchForm({ initial, errors, dateParts, onSearch }: SearchFormProps) {
  const [name, setName] = useState(initial.name ?? '');
  const [dateOfBirth, setDateOfBirth] = useState<DateParts>(isoToDateParts(initial.dateOfBirth));
  const [postcode, setPostcode] = useState(initial.postcode ?? '');
  const [nhsNumber, setNhsNumber] = useState(initial.nhsNumber ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ name, dateOfBirth, postcode, nhsNumber });
  }

  return (
    <form onSubmit={submit} noValidate role="search" aria-label="Find a carer">
      <TextInput id="name" label="Name" hint="First name, last name or both, or the start of them, like ‘sam smi’" value={name} onChange={setName} error={errors.fields.name} autoComplete="off" spellCheck={false} width="full" />
      <DateInput id="dateOfBirth" legend="Date of birth" legendSize="s" hint="For example, 27 3 1980" value={dateOfBirth} onChange={setDateOfBirth} error={errors.fields.dateOfBirth} errorParts={dateParts} />
      <TextInput id="postcode" label="Postcode" hint="A full postcode, like LU1 3AB, or a district, like LU1" value={postcode} onChange={setPostcode} error={errors.fields.postcode} autoComplete="off" width="10" />
      <TextInput id="nhsNumber" label="NHS number" value={nhsNumber} onChange={setNhsNumber} error={errors.fields.nhsNumber} inputMode="numeric" spellCheck={false} width="10" extraLetterSpacing />
      <Button>Search</Button>
    </form>
  );
}
