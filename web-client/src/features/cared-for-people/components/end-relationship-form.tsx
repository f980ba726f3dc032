import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { CaredForPerson } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { emptyDateParts, formatDate, parseDateParts, todayIso, type DatePart, type DateParts } from '@/lib/validation/date';
import { useEndCaringRelationship } from '../api/end-caring-relationship';
import { peoplePath, personName } from './people-list';

export function EndRelationshipForm({ person, onEnded }: { person: CaredForPerson; onEnded: (name: string) => void }) {
  const [endedOn, setEndedOn] = useState<DateParts>({ ...emptyDateParts });
  const [parts, setParts] = useState<DatePart[]>([]);
  const { errors, attempt, setErrors } = useFormErrors();
  const endRelationship = useEndCaringRelationship();
  const name = personName(person);
  const title = `When did you stop caring for ${name}?`;
  usePageTitle(title, hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseDateParts(endedOn, { name: 'The date you stopped caring', missing: 'Enter the date you stopped caring' });
    let message = parsed.ok ? undefined : parsed.message;
    if (parsed.ok && parsed.value && parsed.value > todayIso()) message = 'The date you stopped caring must be today or in the past';
    if (parsed.ok && parsed.value && person.startedOn && parsed.value < person.startedOn) {
      message = `The date you stopped caring must be on or after the date you started, ${formatDate(person.startedOn)}`;
    }
    setParts(parsed.ok ? [] : parsed.parts);
    if (message || !parsed.ok || !parsed.value || !person.relationshipId) {
      setErrors(validationToFormErrors({ endedOn: message ?? 'Enter the date you stopped caring' }, { endedOn: dateInputErrorHref('endedOn', parsed.ok ? [] : parsed.parts) }));
      return;
    }
    endRelationship.mutate(
      { relationshipId: person.relationshipId, body: { endedOn: parsed.value } },
      {
        onSuccess: () => onEnded(name),
        onError: (error) => setErrors(problemToFormErrors(error, { endedOn: '#endedOn-day' })),
      },
    );
  }

  return (
    <>
      <BackLink to={peoplePath} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <span className="govuk-caption-l">People you care for</span>
          <form onSubmit={submit} noValidate>
            <DateInput
              id="endedOn"
              legend={title}
              isPageHeading
              hint="For example, 14 2 2026. We keep a record that you cared for them."
              value={endedOn}
              onChange={setEndedOn}
              error={errors.fields.endedOn}
              errorParts={parts}
            />
            <ButtonGroup>
              <Button preventDoubleClick disabled={endRelationship.isPending}>
                Confirm
              </Button>
              <Link className="govuk-link" to={peoplePath}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
