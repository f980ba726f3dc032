import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
import { languageDisplayName } from '@/i18n/language-display';
import { uiLanguage, uiLanguages } from '@/i18n/languages';
import { referenceLabel, referenceOptions } from '@/i18n/reference-labels';
import { languageNames } from '@/lib/language-names';
import { ethnicGroups } from '@/lib/reference-data';
import { addressLineError, townError } from '@/lib/validation/address';
import { emailError, phoneError, postcodeError } from '@/lib/validation/contact';
import { dateOfBirthError } from '@/lib/validation/date-of-birth';
import type { DatePart } from '@/lib/validation/date';
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

const pageLanguageCodes: readonly string[] = uiLanguages.map((language) => language.code);

/** The language list: the six the pages are in (each in its own language), then every other code named in the pages' language. */
function languageItems(locale: string, choose: string, others: string) {
  const collator = new Intl.Collator(locale);
  const rest = Object.keys(languageNames)
    .filter((code) => !pageLanguageCodes.includes(code))
    .map((code) => ({ value: code, label: languageDisplayName(code, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return [
    { value: '', label: choose },
    ...uiLanguages.map((language) => ({ value: language.code, label: language.name })),
    { label: others, options: rest },
  ];
}

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
  const { t, i18n } = useTranslation('details');
  const locale = uiLanguage(i18n.resolvedLanguage ?? i18n.language).locale;
  const parent = record.data.registeredBy === 'parent';
  const title = parent ? t('change.titleYoungCarer') : t('change.title');
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
        givenName: nameError(values.givenName, t('change.firstNameWhat')),
        familyName: nameError(values.familyName, t('change.lastNameWhat')),
        dateOfBirth: dob?.message,
        addressLine1: addressLineError(values.addressLine1, t('change.line1'), channel === 'post', t('change.line1Missing')),
        addressLine2: addressLineError(values.addressLine2, t('change.line2Name'), false),
        town: townError(values.town, false),
        postcode: postcodeError(values.postcode),
        email: emailError(values.email, channel === 'email'),
        phone: phoneError(values.phone, channel === 'phone' || channel === 'text'),
        preferredContactChannel: channel ? undefined : t('change.contactError'),
        preferredLanguage: Object.hasOwn(languageNames, values.preferredLanguage) ? undefined : t('change.languageError'),
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

  const summary = conflict && !hasErrors(errors) ? [{ text: t('change.stale') }] : errors.summary;

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
                <Legend size="m">{t('change.name')}</Legend>
                <TextInput id="givenName" label={t('change.firstName')} value={values.givenName} onChange={set('givenName')} error={errors.fields.givenName} autoComplete={parent ? 'off' : 'given-name'} spellCheck={false} width="20" />
                <TextInput id="familyName" label={t('change.lastName')} value={values.familyName} onChange={set('familyName')} error={errors.fields.familyName} autoComplete={parent ? 'off' : 'family-name'} spellCheck={false} width="20" />
              </fieldset>
            </div>
            <DateInput
              id="dateOfBirth"
              legend={t('change.dateOfBirth')}
              legendSize="m"
              hint={t('change.dateOfBirthHint')}
              value={values.dateOfBirth}
              onChange={set('dateOfBirth')}
              error={errors.fields.dateOfBirth}
              errorParts={dateParts}
              autoCompleteBirthday={!parent}
            />
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset">
                <Legend size="m">{t('change.address')}</Legend>
                <TextInput id="addressLine1" label={t('change.line1')} value={values.addressLine1} onChange={set('addressLine1')} error={errors.fields.addressLine1} autoComplete={parent ? 'off' : 'address-line1'} />
                <TextInput id="addressLine2" label={t('change.line2')} value={values.addressLine2} onChange={set('addressLine2')} error={errors.fields.addressLine2} autoComplete={parent ? 'off' : 'address-line2'} />
                <TextInput id="town" label={t('change.town')} value={values.town} onChange={set('town')} error={errors.fields.town} autoComplete={parent ? 'off' : 'address-level2'} width="two-thirds" />
                <TextInput id="postcode" label={t('change.postcode')} value={values.postcode} onChange={set('postcode')} error={errors.fields.postcode} autoComplete={parent ? 'off' : 'postal-code'} width="10" />
              </fieldset>
            </div>
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset">
                <Legend size="m">{t('change.contactDetails')}</Legend>
                <TextInput id="email" type="email" label={t('change.email')} value={values.email} onChange={set('email')} error={errors.fields.email} autoComplete="email" spellCheck={false} />
                <TextInput id="phone" type="tel" label={t('change.phone')} value={values.phone} onChange={set('phone')} error={errors.fields.phone} autoComplete="tel" width="20" />
                <Radios<ContactChannel>
                  name="preferredContactChannel"
                  legend={t('change.contactQuestion')}
                  legendSize="s"
                  error={errors.fields.preferredContactChannel}
                  value={values.preferredContactChannel}
                  onChange={set('preferredContactChannel')}
                  items={referenceOptions('contactChannel')}
                  small
                />
              </fieldset>
            </div>
            <Select
              id="preferredLanguage"
              label={t('change.language')}
              labelSize="m"
              hint={t('change.languageHint')}
              value={values.preferredLanguage}
              onChange={set('preferredLanguage')}
              error={errors.fields.preferredLanguage}
              items={languageItems(locale, t('change.chooseLanguage'), t('change.otherLanguages'))}
            />
            <Checkboxes<ReasonableAdjustment>
              name="reasonableAdjustments"
              legend={t('change.adjustments')}
              legendSize="m"
              hint={t('change.adjustmentsHint')}
              error={errors.fields.reasonableAdjustments}
              items={referenceOptions('reasonableAdjustment')}
              values={values.reasonableAdjustments}
              onChange={set('reasonableAdjustments')}
              small
            />
            <TextInput id="nhsNumber" label={t('change.nhsNumber')} labelSize="m" hint={t('change.nhsNumberHint')} value={values.nhsNumber} onChange={set('nhsNumber')} error={errors.fields.nhsNumber} inputMode="numeric" spellCheck={false} width="10" extraLetterSpacing />
            <Select
              id="ethnicity"
              label={t('change.ethnicGroup')}
              labelSize="m"
              value={values.ethnicity}
              onChange={(value) => set('ethnicity')(value as Ethnicity | '')}
              error={errors.fields.ethnicity}
              items={[
                { value: '', label: t('change.notGiven') },
                ...ethnicGroups.map((group) => ({
                  label: referenceLabel('ethnicGroup', group.group),
                  options: group.codes.map((code) => ({ value: code, label: referenceLabel('ethnicity', code) })),
                })),
                { value: 'preferNotToSay', label: referenceLabel('ethnicity', 'preferNotToSay') },
              ]}
            />
            <Select
              id="employmentStatus"
              label={t('change.work')}
              labelSize="m"
              value={values.employmentStatus}
              onChange={(value) => set('employmentStatus')(value as EmploymentStatus | '')}
              error={errors.fields.employmentStatus}
              items={[{ value: '', label: t('change.notGiven') }, ...referenceOptions('employmentStatus')]}
            />
            <Select
              id="educationStatus"
              label={t('change.education')}
              labelSize="m"
              value={values.educationStatus}
              onChange={(value) => set('educationStatus')(value as EducationStatus | '')}
              error={errors.fields.educationStatus}
              items={[{ value: '', label: t('change.notGiven') }, ...referenceOptions('educationStatus')]}
            />
            <ButtonGroup>
              <Button preventDoubleClick disabled={update.isPending}>
                {t('change.save')}
              </Button>
              <Link className="govuk-link" to="/your-details">
                {t('change.cancel')}
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
