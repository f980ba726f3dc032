import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Select } from '@/components/govuk/select';
import { TextInput } from '@/components/govuk/text-input';
import { Textarea } from '@/components/govuk/textarea';
import type { ErrorSummaryEntry, FormErrors } from '@/lib/forms/form-errors';
import type { Audience, LanguageCode, ServiceChannel, SupportNeed, Weekday } from '@/lib/api/types';
import { commonLanguages, languageNames } from '@/lib/language-names';
import { audienceLabels, optionsOf, serviceChannelLabels, supportNeedLabels, weekdayLabels } from '@/lib/reference-data';
import { directoryPaths } from '../paths';
import { emptyOpening, openingFieldId, type OpeningRow, type ServiceFormValues } from '../service-form';

const otherLanguages = (Object.keys(languageNames) as LanguageCode[])
  .filter((code) => !commonLanguages.includes(code))
  .sort((a, b) => languageNames[a].localeCompare(languageNames[b]));

type ServiceFormProps = {
  title: string;
  initial: ServiceFormValues;
  errors: FormErrors;
  /** Shown above the errors' own lines, like "This service was changed by someone else". */
  extraSummary?: ErrorSummaryEntry[];
  attempt: number | string;
  submitText: string;
  pending: boolean;
  onSubmit: (values: ServiceFormValues) => void;
};

/** Add or change a directory entry: GOV.UK fields, and the opening hours as rows with "Add another opening". */
export function ServiceForm({ title, initial, errors, extraSummary = [], attempt, submitText, pending, onSubmit }: ServiceFormProps) {
  const [values, setValues] = useState<ServiceFormValues>(initial);
  const [another, setAnother] = useState<LanguageCode | ''>('');
  const set = <K extends keyof ServiceFormValues>(key: K) => (value: ServiceFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const setRow = (index: number, change: Partial<OpeningRow>) =>
    setValues((current) => ({ ...current, openings: current.openings.map((row, at) => (at === index ? { ...row, ...change } : row)) }));

  // The languages offered as checkboxes: the common ones and any the service has already.
  const languageChoices = [...commonLanguages, ...values.languages.filter((code) => !commonLanguages.includes(code))];
  const summary = [...extraSummary, ...errors.summary];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(values);
  }

  function addOpening() {
    const next = values.openings.length;
    setValues((current) => ({ ...current, openings: [...current.openings, emptyOpening] }));
    requestAnimationFrame(() => document.getElementById(openingFieldId(next, 'channel'))?.focus());
  }

  function removeOpening(index: number) {
    setValues((current) => ({ ...current, openings: current.openings.filter((_row, at) => at !== index) }));
    requestAnimationFrame(() => document.getElementById('openings-heading')?.focus());
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {summary.length > 0 ? <ErrorSummary key={attempt} errors={summary} /> : null}
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={submit}>
          <TextInput id="name" label="Name of the service" labelSize="m" value={values.name} onChange={set('name')} error={errors.fields.name} spellCheck={false} />
          <Textarea id="summary" label="What it offers" labelSize="m" hint="In plain English, as a carer would say it. Up to 1,000 characters." value={values.summary} onChange={set('summary')} error={errors.fields.summary} rows={4} />
          <Checkboxes<Audience>
            name="audiences"
            legend="Who is it for?"
            legendSize="m"
            hint="Select all that apply. A service for anyone shows under every group."
            error={errors.fields.audiences}
            items={optionsOf(audienceLabels)}
            values={values.audiences}
            onChange={set('audiences')}
            small
          />
          <Checkboxes<SupportNeed>
            name="needs"
            legend="Conditions it specialises in (optional)"
            legendSize="m"
            hint="Leave them all unselected for a general service."
            error={errors.fields.needs}
            items={optionsOf(supportNeedLabels)}
            values={values.needs}
            onChange={set('needs')}
            small
          />
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset" aria-describedby="contact-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">How to get in touch</legend>
              <div className="govuk-hint" id="contact-hint">
                Give at least one: a telephone number, web address, email or address.
              </div>
              <TextInput id="phone" type="tel" label="Telephone number" value={values.phone} onChange={set('phone')} error={errors.fields.phone} autoComplete="off" width="20" />
              <TextInput id="website" label="Website" hint="Starting https://" value={values.website} onChange={set('website')} error={errors.fields.website} autoComplete="off" spellCheck={false} />
              <TextInput id="email" type="email" label="Email address" value={values.email} onChange={set('email')} error={errors.fields.email} autoComplete="off" spellCheck={false} />
              <TextInput id="addressLine1" label="Address line 1" value={values.addressLine1} onChange={set('addressLine1')} error={errors.fields.addressLine1} autoComplete="off" />
              <TextInput id="addressLine2" label="Address line 2" value={values.addressLine2} onChange={set('addressLine2')} error={errors.fields.addressLine2} autoComplete="off" />
              <TextInput id="town" label="Town or city" value={values.town} onChange={set('town')} error={errors.fields.town} autoComplete="off" width="two-thirds" />
              <TextInput id="postcode" label="Postcode" value={values.postcode} onChange={set('postcode')} error={errors.fields.postcode} autoComplete="off" width="10" />
            </fieldset>
          </div>
          <Checkboxes<LanguageCode>
            name="languages"
            legend="Languages it offers help in"
            legendSize="m"
            hint="Select all that apply, at least one."
            error={errors.fields.languages}
            items={languageChoices.map((code) => ({ value: code, label: languageNames[code] }))}
            values={values.languages}
            onChange={set('languages')}
            small
          />
          <div className="govuk-form-group">
            <Select
              id="anotherLanguage"
              label="Another language"
              value={another}
              onChange={(value) => setAnother(value as LanguageCode | '')}
              items={[{ value: '', label: 'Choose a language' }, ...otherLanguages.map((code) => ({ value: code, label: languageNames[code] }))]}
            />
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                if (another && !values.languages.includes(another)) set('languages')([...values.languages, another]);
                setAnother('');
              }}
            >
              Add language
            </Button>
          </div>

          <h2 className="govuk-heading-m" id="openings-heading" tabIndex={-1}>
            Opening hours
          </h2>
          <p className="govuk-body" id="openings-hint">
            One row for each time a helpline, web chat, drop-in or office is open, in 24-hour UK time, like 09:30 to 17:00. Use 24:00 for
            midnight. A helpline open 9am to 5pm on weekdays is five rows. Leave a row empty if the service has no set hours.
          </p>
          {values.openings.map((row, index) => (
            <OpeningFields
              key={index}
              index={index}
              row={row}
              errors={errors}
              onChange={(change) => setRow(index, change)}
              onRemove={values.openings.length > 1 ? () => removeOpening(index) : undefined}
            />
          ))}
          <div className="govuk-button-group">
            <Button type="button" variant="secondary" onClick={addOpening}>
              Add another opening
            </Button>
          </div>

          <ButtonGroup>
            <Button preventDoubleClick disabled={pending}>
              {submitText}
            </Button>
            <Link className="govuk-link" to={directoryPaths.manage}>
              Cancel
            </Link>
          </ButtonGroup>
        </form>
      </div>
    </div>
  );
}

function OpeningFields({
  index,
  row,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  row: OpeningRow;
  errors: FormErrors;
  onChange: (change: Partial<OpeningRow>) => void;
  onRemove: (() => void) | undefined;
}) {
  const error = (part: keyof OpeningRow) => errors.fields[`openings.${index}.${part}`];
  return (
    <div className="govuk-form-group app-add-another__item">
      <fieldset className="govuk-fieldset" aria-describedby="openings-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Opening {index + 1}</legend>
        <Select
          id={openingFieldId(index, 'channel')}
          label="How it is reached"
          value={row.channel}
          error={error('channel')}
          onChange={(channel) => onChange({ channel: channel as ServiceChannel | '' })}
          items={[{ value: '', label: 'Choose' }, ...optionsOf(serviceChannelLabels)]}
        />
        <Select
          id={openingFieldId(index, 'day')}
          label="Day"
          value={row.day}
          error={error('day')}
          onChange={(day) => onChange({ day: day as Weekday | '' })}
          items={[{ value: '', label: 'Choose' }, ...optionsOf(weekdayLabels)]}
        />
        <TextInput id={openingFieldId(index, 'opens')} label="Opens" hint="Like 09:30" value={row.opens} error={error('opens')} onChange={(opens) => onChange({ opens })} width="5" autoComplete="off" spellCheck={false} />
        <TextInput id={openingFieldId(index, 'closes')} label="Closes" hint="Like 17:00" value={row.closes} error={error('closes')} onChange={(closes) => onChange({ closes })} width="5" autoComplete="off" spellCheck={false} />
        {onRemove ? (
          <Button type="button" variant="secondary" onClick={onRemove}>
            Remove<span className="govuk-visually-hidden"> opening {index + 1}</span>
          </Button>
        ) : null}
      </fieldset>
    </div>
  );
}
