import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('people');
  const [endedOn, setEndedOn] = useState<DateParts>({ ...emptyDateParts });
  const [parts, setParts] = useState<DatePart[]>([]);
  const { errors, attempt, setErrors } = useFormErrors();
  const endRelationship = useEndCaringRelationship();
  const name = personName(person);
  const title = t('end.title', { name });
  usePageTitle(title, hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseDateParts(endedOn, { name: t('end.name'), missing: t('end.missing') });
    let message = parsed.ok ? undefined : parsed.message;
    if (parsed.ok && parsed.value && parsed.value > todayIso()) message = t('end.future');
    if (parsed.ok && parsed.value && person.startedOn && parsed.value < person.startedOn) {
      message = t('end.beforeStart', { date: formatDate(person.startedOn) });
    }
    setParts(parsed.ok ? [] : parsed.parts);
    if (message || !parsed.ok || !parsed.value || !person.relationshipId) {
      setErrors(validationToFormErrors({ endedOn: message ?? t('end.missing') }, { endedOn: dateInputErrorHref('endedOn', parsed.ok ? [] : parsed.parts) }));
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
          <span className="govuk-caption-l">{t('title')}</span>
          <form onSubmit={submit} noValidate>
            <DateInput
              id="endedOn"
              legend={title}
              isPageHeading
              hint={t('end.hint')}
              value={endedOn}
              onChange={setEndedOn}
              error={errors.fields.endedOn}
              errorParts={parts}
            />
            <ButtonGroup>
              <Button preventDoubleClick disabled={endRelationship.isPending}>
                {t('end.confirm')}
              </Button>
              <Link className="govuk-link" to={peoplePath}>
                {t('end.cancel')}
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
