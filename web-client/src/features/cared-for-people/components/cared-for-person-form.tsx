import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Legend } from '@/components/govuk/parts';
import { Radios } from '@/components/govuk/radios';
import { TextInput } from '@/components/govuk/text-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { AddCaredForPersonRequest, MainNeed, RelationshipType } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { referenceOptions } from '@/i18n/reference-labels';
import { emptyDateParts, parseDateParts, todayIso, type DatePart, type DateParts } from '@/lib/validation/date';
import { normalisePostcode, postcodeError } from '@/lib/validation/contact';
import { nameError } from '@/lib/validation/name';
import { nhsNumberError, normaliseNhsNumber } from '@/lib/validation/nhs-number';

const formFields: Record<string, string> = {
  givenName: '#givenName',
  familyName: '#familyName',
  dateOfBirth: '#dateOfBirth-day',
  nhsNumber: '#nhsNumber',
  postcode: '#postcode',
  relationship: '#relationship',
  mainNeed: '#mainNeed',
  hoursPerWeek: '#hoursPerWeek',
  livesWithCarer: '#livesWithCarer',
  startedOn: '#startedOn-day',
};

export function hoursError(input: string, messages: { missing: string; whole: string; range: string }): string | undefined {
  const value = input.trim();
  if (value.length === 0) return messages.missing;
  if (!/^\d+$/.test(value)) return messages.whole;
  const hours = Number(value);
  if (hours < 1 || hours > 168) return messages.range;
  return undefined;
}

type Values = {
  givenName: string;
  familyName: string;
  dateOfBirth: DateParts;
  nhsNumber: string;
  postcode: string;
  relationship: RelationshipType | '';
  mainNeed: MainNeed | '';
  hoursPerWeek: string;
  livesWithCarer: 'yes' | 'no' | '';
  startedOn: DateParts;
};

/**
 * The words that differ when staff fill the form in for a carer rather than the carer themselves.
 * The carer's are in the people namespace, in the pages' language; staff pages are in English.
 */
const staffWording = {
  relationship: 'Who are they to the carer?',
  relationshipMissing: 'Select who they are to the carer',
  hours: 'How many hours of care does the carer give them in a typical week?',
  hoursMissing: 'Enter how many hours of care the carer gives in a week',
  lives: 'Do they live with the carer?',
  livesMissing: 'Select yes if they live with the carer',
  started: 'When did the carer start caring for them?',
  startedName: 'The date the carer started caring',
  startedMissing: 'Enter when the carer started caring for them',
  startedFuture: 'The date the carer started caring must be today or in the past',
};

type Props = {
  voice: 'carer' | 'staff';
  title: string;
  caption: string;
  backTo: string;
  backText?: string;
  submitText: string;
  pending: boolean;
  /** Sends the request; onProblem receives the API's error so its problem details become field errors. */
  onSend: (body: AddCaredForPersonRequest, onProblem: (error: unknown) => void) => void;
};

/** Someone a carer cares for: the carer's own form (AddCaredForPerson) and staff's (AddCaredForPersonForCarer). */
export function CaredForPersonForm({ voice, title, caption, backTo, backText, submitText, pending, onSend }: Props) {
  // Staff see the form in English (decision 0038); the carer in the pages' language.
  const { t } = useTranslation('people', voice === 'staff' ? { lng: 'en' } : undefined);
  const language = voice === 'staff' ? 'en' : undefined;
  const words =
    voice === 'staff'
      ? staffWording
      : {
          relationship: t('form.relationship'),
          relationshipMissing: t('form.relationshipMissing'),
          hours: t('form.hours'),
          hoursMissing: t('form.hoursMissing'),
          lives: t('form.lives'),
          livesMissing: t('form.livesMissing'),
          started: t('form.started'),
          startedName: t('form.startedName'),
          startedMissing: t('form.startedMissing'),
          startedFuture: t('form.startedFuture'),
        };
  const [values, setValues] = useState<Values>({
    givenName: '',
    familyName: '',
    dateOfBirth: { ...emptyDateParts },
    nhsNumber: '',
    postcode: '',
    relationship: '',
    mainNeed: '',
    hoursPerWeek: '',
    livesWithCarer: '',
    startedOn: { ...emptyDateParts },
  });
  const [dateParts, setDateParts] = useState<{ dateOfBirth: DatePart[]; startedOn: DatePart[] }>({ dateOfBirth: [], startedOn: [] });
  const { errors, attempt, setErrors } = useFormErrors();
  usePageTitle(title, hasErrors(errors));

  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const today = todayIso();
    const dateOfBirth = parseDateParts(values.dateOfBirth, { name: t('form.dateOfBirthName'), missing: '' }, false);
    let dateOfBirthMessage = dateOfBirth.ok ? undefined : dateOfBirth.message;
    if (dateOfBirth.ok && dateOfBirth.value && dateOfBirth.value > today) dateOfBirthMessage = t('form.dateOfBirthPast');
    const startedOn = parseDateParts(values.startedOn, { name: words.startedName, missing: words.startedMissing });
    let startedOnMessage = startedOn.ok ? undefined : startedOn.message;
    if (startedOn.ok && startedOn.value && startedOn.value > today) startedOnMessage = words.startedFuture;

    setDateParts({ dateOfBirth: dateOfBirth.ok ? [] : dateOfBirth.parts, startedOn: startedOn.ok ? [] : startedOn.parts });
    const result = validationToFormErrors(
      {
        givenName: nameError(values.givenName, t('form.firstNameWhat')),
        familyName: nameError(values.familyName, t('form.lastNameWhat')),
        dateOfBirth: dateOfBirthMessage,
        nhsNumber: nhsNumberError(values.nhsNumber),
        postcode: postcodeError(values.postcode, 'their'),
        relationship: values.relationship ? undefined : words.relationshipMissing,
        mainNeed: values.mainNeed ? undefined : t('form.mainNeedMissing'),
        hoursPerWeek: hoursError(values.hoursPerWeek, { missing: words.hoursMissing, whole: t('form.hoursWhole'), range: t('form.hoursRange') }),
        livesWithCarer: values.livesWithCarer ? undefined : words.livesMissing,
        startedOn: startedOnMessage,
      },
      {
        dateOfBirth: dateInputErrorHref('dateOfBirth', dateOfBirth.ok ? [] : dateOfBirth.parts),
        startedOn: dateInputErrorHref('startedOn', startedOn.ok ? [] : startedOn.parts),
      },
    );
    if (hasErrors(result) || !values.relationship || !values.mainNeed || !startedOn.ok || !startedOn.value) {
      setErrors(result);
      return;
    }
    const body: AddCaredForPersonRequest = {
      givenName: values.givenName.trim(),
      familyName: values.familyName.trim(),
      dateOfBirth: dateOfBirth.ok ? dateOfBirth.value : null,
      nhsNumber: values.nhsNumber.trim() ? normaliseNhsNumber(values.nhsNumber) : null,
      postcode: normalisePostcode(values.postcode),
      relationship: values.relationship,
      mainNeed: values.mainNeed,
      hoursPerWeek: Number(values.hoursPerWeek.trim()),
      livesWithCarer: values.livesWithCarer === 'yes',
      startedOn: startedOn.value,
    };
    onSend(body, (error) => setErrors(problemToFormErrors(error, formFields)));
  }

  return (
    <>
      <BackLink to={backTo}>{backText}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <span className="govuk-caption-l">{caption}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <form onSubmit={submit} noValidate>
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset">
                <Legend size="m">{t('form.nameQuestion')}</Legend>
                <TextInput id="givenName" label={t('form.firstName')} value={values.givenName} onChange={set('givenName')} error={errors.fields.givenName} autoComplete="off" spellCheck={false} width="20" />
                <TextInput id="familyName" label={t('form.lastName')} value={values.familyName} onChange={set('familyName')} error={errors.fields.familyName} autoComplete="off" spellCheck={false} width="20" />
              </fieldset>
            </div>
            <DateInput
              id="dateOfBirth"
              legend={t('form.dateOfBirth')}
              legendSize="m"
              hint={t('form.dateOfBirthHint')}
              value={values.dateOfBirth}
              onChange={set('dateOfBirth')}
              error={errors.fields.dateOfBirth}
              errorParts={dateParts.dateOfBirth}
            />
            <TextInput
              id="nhsNumber"
              label={t('form.nhsNumber')}
              labelSize="m"
              hint={t('form.nhsNumberHint')}
              value={values.nhsNumber}
              onChange={set('nhsNumber')}
              error={errors.fields.nhsNumber}
              autoComplete="off"
              inputMode="numeric"
              spellCheck={false}
              width="10"
            />
            <TextInput
              id="postcode"
              label={t('form.postcode')}
              labelSize="m"
              hint={t('form.postcodeHint')}
              value={values.postcode}
              onChange={set('postcode')}
              error={errors.fields.postcode}
              autoComplete="off"
              width="10"
            />
            <Radios<RelationshipType>
              name="relationship"
              legend={words.relationship}
              legendSize="m"
              error={errors.fields.relationship}
              value={values.relationship}
              onChange={set('relationship')}
              items={referenceOptions('relationship', language)}
            />
            <Radios<MainNeed>
              name="mainNeed"
              legend={t('form.mainNeed')}
              legendSize="m"
              hint={t('form.mainNeedHint')}
              error={errors.fields.mainNeed}
              value={values.mainNeed}
              onChange={set('mainNeed')}
              items={referenceOptions('mainNeed', language)}
            />
            <TextInput
              id="hoursPerWeek"
              label={words.hours}
              labelSize="m"
              hint={t('form.hoursHint')}
              value={values.hoursPerWeek}
              onChange={set('hoursPerWeek')}
              error={errors.fields.hoursPerWeek}
              inputMode="numeric"
              spellCheck={false}
              width="3"
              suffix={t('form.hoursSuffix')}
            />
            <Radios<'yes' | 'no'>
              name="livesWithCarer"
              legend={words.lives}
              legendSize="m"
              error={errors.fields.livesWithCarer}
              value={values.livesWithCarer}
              onChange={set('livesWithCarer')}
              items={[
                { value: 'yes', label: t('form.yes') },
                { value: 'no', label: t('form.no') },
              ]}
              inline
            />
            <DateInput
              id="startedOn"
              legend={words.started}
              legendSize="m"
              hint={t('form.startedHint')}
              value={values.startedOn}
              onChange={set('startedOn')}
              error={errors.fields.startedOn}
              errorParts={dateParts.startedOn}
            />
            <ButtonGroup>
              <Button preventDoubleClick disabled={pending}>
                {submitText}
              </Button>
              <Link className="govuk-link" to={backTo}>
                {t('form.cancel')}
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
