import { useState, type FormEvent } from 'react';
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
import { mainNeedLabels, optionsOf, relationshipLabels } from '@/lib/reference-data';
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

export function hoursError(input: string, missing = 'Enter how many hours of care you give in a week'): string | undefined {
  const value = input.trim();
  if (value.length === 0) return missing;
  if (!/^\d+$/.test(value)) return 'Hours of care a week must be a whole number, like 20';
  const hours = Number(value);
  if (hours < 1 || hours > 168) return 'Hours of care a week must be between 1 and 168';
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

/** The words that differ when staff fill the form in for a carer rather than the carer themselves. */
const wording = {
  carer: {
    relationship: 'Who are they to you?',
    relationshipMissing: 'Select who they are to you',
    hours: 'How many hours of care do you give them in a typical week?',
    hoursMissing: 'Enter how many hours of care you give in a week',
    lives: 'Do they live with you?',
    livesMissing: 'Select yes if they live with you',
    started: 'When did you start caring for them?',
    startedName: 'The date you started caring',
    startedMissing: 'Enter when you started caring for them',
  },
  staff: {
    relationship: 'Who are they to the carer?',
    relationshipMissing: 'Select who they are to the carer',
    hours: 'How many hours of care does the carer give them in a typical week?',
    hoursMissing: 'Enter how many hours of care the carer gives in a week',
    lives: 'Do they live with the carer?',
    livesMissing: 'Select yes if they live with the carer',
    started: 'When did the carer start caring for them?',
    startedName: 'The date the carer started caring',
    startedMissing: 'Enter when the carer started caring for them',
  },
};

type Props = {
  voice: keyof typeof wording;
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
  const words = wording[voice];
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
    const dateOfBirth = parseDateParts(values.dateOfBirth, { name: 'Their date of birth', missing: '' }, false);
    let dateOfBirthMessage = dateOfBirth.ok ? undefined : dateOfBirth.message;
    if (dateOfBirth.ok && dateOfBirth.value && dateOfBirth.value > today) dateOfBirthMessage = 'Their date of birth must be in the past';
    const startedOn = parseDateParts(values.startedOn, { name: words.startedName, missing: words.startedMissing });
    let startedOnMessage = startedOn.ok ? undefined : startedOn.message;
    if (startedOn.ok && startedOn.value && startedOn.value > today) startedOnMessage = `${words.startedName} must be today or in the past`;

    setDateParts({ dateOfBirth: dateOfBirth.ok ? [] : dateOfBirth.parts, startedOn: startedOn.ok ? [] : startedOn.parts });
    const result = validationToFormErrors(
      {
        givenName: nameError(values.givenName, 'their first name'),
        familyName: nameError(values.familyName, 'their last name'),
        dateOfBirth: dateOfBirthMessage,
        nhsNumber: nhsNumberError(values.nhsNumber),
        postcode: postcodeError(values.postcode, 'their'),
        relationship: values.relationship ? undefined : words.relationshipMissing,
        mainNeed: values.mainNeed ? undefined : 'Select their main need for care',
        hoursPerWeek: hoursError(values.hoursPerWeek, words.hoursMissing),
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
                <Legend size="m">What is their name?</Legend>
                <TextInput id="givenName" label="First name" value={values.givenName} onChange={set('givenName')} error={errors.fields.givenName} autoComplete="off" spellCheck={false} width="20" />
                <TextInput id="familyName" label="Last name" value={values.familyName} onChange={set('familyName')} error={errors.fields.familyName} autoComplete="off" spellCheck={false} width="20" />
              </fieldset>
            </div>
            <DateInput
              id="dateOfBirth"
              legend="What is their date of birth? (optional)"
              legendSize="m"
              hint="For example, 12 11 1946"
              value={values.dateOfBirth}
              onChange={set('dateOfBirth')}
              error={errors.fields.dateOfBirth}
              errorParts={dateParts.dateOfBirth}
            />
            <TextInput
              id="nhsNumber"
              label="What is their NHS number? (optional)"
              labelSize="m"
              hint="It is 10 digits, like 943 476 5919. You can find it on their prescriptions or letters from the NHS."
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
              label="What is their postcode?"
              labelSize="m"
              hint="They must live in Luton: a postcode starting LU1, LU2, LU3 or LU4."
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
              items={optionsOf(relationshipLabels)}
            />
            <Radios<MainNeed>
              name="mainNeed"
              legend="What is their main need for care?"
              legendSize="m"
              hint="Choose the one that affects them most."
              error={errors.fields.mainNeed}
              value={values.mainNeed}
              onChange={set('mainNeed')}
              items={optionsOf(mainNeedLabels)}
            />
            <TextInput
              id="hoursPerWeek"
              label={words.hours}
              labelSize="m"
              hint="Include help with personal care, medicines, meals, housework, appointments and keeping them company. A whole number of hours."
              value={values.hoursPerWeek}
              onChange={set('hoursPerWeek')}
              error={errors.fields.hoursPerWeek}
              inputMode="numeric"
              spellCheck={false}
              width="3"
              suffix="hours"
            />
            <Radios<'yes' | 'no'>
              name="livesWithCarer"
              legend={words.lives}
              legendSize="m"
              error={errors.fields.livesWithCarer}
              value={values.livesWithCarer}
              onChange={set('livesWithCarer')}
              items={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ]}
              inline
            />
            <DateInput
              id="startedOn"
              legend={words.started}
              legendSize="m"
              hint="If you do not know the exact date, give your best guess. For example, 1 6 2019"
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
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
