import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { InsetText } from '@/components/govuk/misc';
import { Radios } from '@/components/govuk/radios';
import { Textarea } from '@/components/govuk/textarea';
import { paths } from '@/config/paths';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { formatNhsNumber } from '@/lib/validation/nhs-number';
import { useRecordGpContactAttempt } from '../api/record-gp-contact-attempt';
import { recordableOutcomeHints, recordableOutcomes, contactOutcomeLabels, type RecordableOutcome } from '../outcomes';

const maxNote = 1000;

type ContactAttemptFormProps = { nhsNumber: string; odsCode?: string; onSaved: (outcome: RecordableOutcome) => void };

/** What happened when staff tried to contact a GP-identified person, with an optional note. */
export function ContactAttemptForm({ nhsNumber, odsCode, onSaved }: ContactAttemptFormProps) {
  const [outcome, setOutcome] = useState<RecordableOutcome | ''>('');
  const [note, setNote] = useState('');
  const { errors, attempt, setErrors } = useFormErrors();
  const record = useRecordGpContactAttempt();
  const nhs = formatNhsNumber(nhsNumber);
  const title = 'Record a contact attempt';
  usePageTitle(`${title}: NHS number ${nhs}`, hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validationToFormErrors({
      outcome: outcome ? undefined : 'Select what happened',
      note: note.length > maxNote ? `The note must be ${maxNote} characters or fewer` : undefined,
    });
    if (hasErrors(result) || !outcome) {
      setErrors(result);
      return;
    }
    record.mutate(
      { nhsNumber, body: { outcome, note: note.trim() || null } },
      { onSuccess: () => onSaved(outcome), onError: (error) => setErrors(problemToFormErrors(error, { outcome: '#outcome', note: '#note' })) },
    );
  }

  return (
    <>
      <BackLink to={paths.gpWorklist}>Back to the GP worklist</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <span className="govuk-caption-l">NHS number {nhs}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <InsetText>
            {odsCode ? `Flagged by GP practice ${odsCode}. ` : ''}We hold only the NHS number and the practice: contact the person through
            their practice. If they want support, register them as a carer instead.
          </InsetText>
          <form onSubmit={submit} noValidate>
            <Radios<RecordableOutcome>
              name="outcome"
              legend="What happened?"
              legendSize="m"
              error={errors.fields.outcome}
              value={outcome}
              onChange={setOutcome}
              items={recordableOutcomes.map((value) => ({ value, label: contactOutcomeLabels[value], hint: recordableOutcomeHints[value] }))}
            />
            <Textarea id="note" label="Note (optional)" labelSize="s" hint="For example, who you spoke to or when to try again." value={note} onChange={setNote} error={errors.fields.note} rows={3} />
            <ButtonGroup>
              <Button preventDoubleClick disabled={record.isPending}>
                Save attempt
              </Button>
              <Link className="govuk-link" to={paths.registerCarer(nhsNumber)}>
                Register them as a carer
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
