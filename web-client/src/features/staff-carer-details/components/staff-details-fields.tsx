import { DateInput } from '@/components/govuk/date-input';
import { Legend } from '@/components/govuk/parts';
import { Radios } from '@/components/govuk/radios';
import { Select } from '@/components/govuk/select';
import { TextInput } from '@/components/govuk/text-input';
import type { ContactChannel } from '@/lib/api/types';
import { languageOptions } from '@/lib/language-names';
import { contactChannelLabels, optionsOf } from '@/lib/reference-data';
import type { DatePart } from '@/lib/validation/date';
import type { StaffDetailsValues } from '../details-values';

/** Where each contract field sits on the form, for error summary links. */
export const detailsFormFields: Record<string, string> = {
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
  nhsNumber: '#nhsNumber',
  gpPracticeOdsCode: '#gpPracticeOdsCode',
};

type StaffDetailsFieldsProps = {
  values: StaffDetailsValues;
  onChange: (values: StaffDetailsValues) => void;
  errors: Record<string, string>;
  dateParts: DatePart[];
  nhsNumberHint?: string;
};

/** The carer's details as staff take them down on the phone or face to face. */
export function StaffDetailsFields({ values, onChange, errors, dateParts, nhsNumberHint }: StaffDetailsFieldsProps) {
  const set = <K extends keyof StaffDetailsValues>(key: K) => (value: StaffDetailsValues[K]) => onChange({ ...values, [key]: value });
  return (
    <>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <Legend size="m">Name</Legend>
          <TextInput id="givenName" label="First name" value={values.givenName} onChange={set('givenName')} error={errors.givenName} autoComplete="off" spellCheck={false} width="20" />
          <TextInput id="familyName" label="Last name" value={values.familyName} onChange={set('familyName')} error={errors.familyName} autoComplete="off" spellCheck={false} width="20" />
        </fieldset>
      </div>
      <DateInput id="dateOfBirth" legend="Date of birth" legendSize="m" hint="For example, 27 3 1970" value={values.dateOfBirth} onChange={set('dateOfBirth')} error={errors.dateOfBirth} errorParts={dateParts} />
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <Legend size="m">Address</Legend>
          <TextInput id="addressLine1" label="Address line 1 (optional)" value={values.addressLine1} onChange={set('addressLine1')} error={errors.addressLine1} autoComplete="off" />
          <TextInput id="addressLine2" label="Address line 2 (optional)" value={values.addressLine2} onChange={set('addressLine2')} error={errors.addressLine2} autoComplete="off" />
          <TextInput id="town" label="Town or city (optional)" value={values.town} onChange={set('town')} error={errors.town} autoComplete="off" width="two-thirds" />
          <TextInput id="postcode" label="Postcode" value={values.postcode} onChange={set('postcode')} error={errors.postcode} autoComplete="off" width="10" />
        </fieldset>
      </div>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <Legend size="m">Contact details</Legend>
          <TextInput id="email" type="email" label="Email address (optional)" value={values.email} onChange={set('email')} error={errors.email} autoComplete="off" spellCheck={false} />
          <TextInput id="phone" type="tel" label="Phone number (optional)" value={values.phone} onChange={set('phone')} error={errors.phone} autoComplete="off" width="20" />
          <Radios<ContactChannel>
            name="preferredContactChannel"
            legend="How would they like us to contact them?"
            legendSize="s"
            error={errors.preferredContactChannel}
            value={values.preferredContactChannel}
            onChange={set('preferredContactChannel')}
            items={optionsOf(contactChannelLabels)}
            small
          />
        </fieldset>
      </div>
      <Select id="preferredLanguage" label="Language we should use" labelSize="m" value={values.preferredLanguage} onChange={set('preferredLanguage')} error={errors.preferredLanguage} items={languageOptions} />
      <TextInput id="nhsNumber" label="NHS number (optional)" labelSize="m" hint={nhsNumberHint ?? 'This is a 10 digit number, like 943 476 5919.'} value={values.nhsNumber} onChange={set('nhsNumber')} error={errors.nhsNumber} inputMode="numeric" spellCheck={false} width="10" extraLetterSpacing />
      <TextInput id="gpPracticeOdsCode" label="GP practice code (optional)" labelSize="m" hint="The practice’s ODS code, like A12345." value={values.gpPracticeOdsCode} onChange={set('gpPracticeOdsCode')} error={errors.gpPracticeOdsCode} spellCheck={false} width="10" />
    </>
  );
}
