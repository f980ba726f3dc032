import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { InsetText } from '@/components/govuk/misc';
import { Radios } from '@/components/govuk/radios';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Assessment, CarerOutcome, OutcomeAbility } from '@/lib/api/types';
import { carerOutcomes } from '@/lib/assessment-questions';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { isStaleChange, onStaleChange, staleAssessmentMessage } from '@/lib/forms/stale-change';
import { carerOutcomeLabels } from '@/lib/reference-data';
import { useCompleteAssessment } from '../api/complete-assessment';
import { useRefreshAssessment } from '../api/get-assessment';
import { completionValuesFrom, toCompleteRequest, wouldBeEligible, type CompletionValues, type YesNo } from '../forms';
import { assessmentWorkPaths } from '../paths';

const yesNoItems = [
  { value: 'yes' as const, label: 'Yes' },
  { value: 'no' as const, label: 'No' },
];

/** Record (or, for a self-assessment, confirm) the assessment: the eight outcomes, the three reg 3 conditions, reasons and notes. */
export function CompleteAssessmentForm({ assessment, etag, onDone }: { assessment: Assessment; etag: string | null; onDone: () => void }) {
  const [values, setValues] = useState<CompletionValues>(() => completionValuesFrom(assessment.answers));
  const { errors, attempt, setErrors } = useFormErrors();
  const complete = useCompleteAssessment();
  const stale = onStaleChange(useRefreshAssessment(assessment.id), setErrors, staleAssessmentMessage);
  const title = assessment.selfAssessment ? 'Confirm the assessment' : 'Record the eligibility decision';
  usePageTitle(title, hasErrors(errors));

  const setOutcome = (outcome: CarerOutcome, change: Partial<CompletionValues['outcomes'][CarerOutcome]>) =>
    setValues((current) => ({ ...current, outcomes: { ...current.outcomes, [outcome]: { ...current.outcomes[outcome], ...change } } }));
  const set = <K extends keyof CompletionValues>(key: K) => (value: CompletionValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { body, errors: found } = toCompleteRequest(values);
    const checked = validationToFormErrors(found, Object.fromEntries(carerOutcomes.map((outcome) => [`outcome-${outcome}`, `#outcome-${outcome}`])));
    if (hasErrors(checked)) {
      setErrors(checked);
      return;
    }
    complete.mutate(
      { assessmentId: assessment.id, etag, body },
      {
        onSuccess: onDone,
        onError: (error) =>
          isStaleChange(error)
            ? stale()
            : setErrors(problemToFormErrors(error, { needsArise: '#needsArise', healthAtRisk: '#healthAtRisk', significantImpact: '#significantImpact', outcomes: '#outcome-caringForAChild', reasons: '#reasons', notes: '#notes' })),
      },
    );
  }

  const eligible = wouldBeEligible(values);

  return (
    <>
      <BackLink to={assessmentWorkPaths.assessment(assessment.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">{title}</h1>
          {assessment.selfAssessment ? <p className="govuk-body">The carer’s own answers are filled in below. Change any you do not agree with.</p> : null}
          <form onSubmit={submit} noValidate>
            <h2 className="govuk-heading-m">The eight outcomes</h2>
            {carerOutcomes.map((outcome) => (
              <Radios<OutcomeAbility>
                key={outcome}
                name={`outcome-${outcome}`}
                legend={carerOutcomeLabels[outcome]}
                legendSize="s"
                error={errors.fields[`outcome-${outcome}`]}
                value={values.outcomes[outcome].ability}
                onChange={(ability) => setOutcome(outcome, { ability })}
                small
                items={[
                  { value: 'able', label: 'Able to achieve' },
                  {
                    value: 'unable',
                    label: 'Unable to achieve',
                    conditional: (
                      <Textarea
                        id={`reason-${outcome}`}
                        label="Reason"
                        error={errors.fields[`reason-${outcome}`]}
                        value={values.outcomes[outcome].reason}
                        onChange={(reason) => setOutcome(outcome, { reason })}
                        rows={3}
                      />
                    ),
                  },
                ]}
              />
            ))}
            <h2 className="govuk-heading-m">The three conditions (regulation 3)</h2>
            <Radios<Exclude<YesNo, ''>> name="needsArise" legend="Do the carer’s needs arise from providing necessary care?" legendSize="s" error={errors.fields.needsArise} value={values.needsArise} onChange={set('needsArise')} inline items={yesNoItems} />
            <Radios<Exclude<YesNo, ''>> name="healthAtRisk" legend="Is the carer’s physical or mental health deteriorating or at risk?" legendSize="s" error={errors.fields.healthAtRisk} value={values.healthAtRisk} onChange={set('healthAtRisk')} inline items={yesNoItems} />
            <Radios<Exclude<YesNo, ''>> name="significantImpact" legend="Is there, or is there likely to be, a significant impact on the carer’s wellbeing?" legendSize="s" error={errors.fields.significantImpact} value={values.significantImpact} onChange={set('significantImpact')} inline items={yesNoItems} />
            {eligible !== undefined ? (
              <InsetText>
                <span aria-live="polite">{eligible ? 'With these answers the carer has eligible needs.' : 'With these answers the carer does not have eligible needs.'}</span>
              </InsetText>
            ) : null}
            <Textarea id="reasons" label="Reasons for the decision" labelSize="m" hint="In plain English. The carer will read these." error={errors.fields.reasons} value={values.reasons} onChange={set('reasons')} rows={6} spellCheck />
            <Textarea id="notes" label="Your notes (optional)" labelSize="m" hint="Never shown to the carer or to partners." error={errors.fields.notes} value={values.notes} onChange={set('notes')} rows={4} spellCheck />
            <ButtonGroup>
              <Button preventDoubleClick disabled={complete.isPending}>
                Confirm the decision
              </Button>
              <Link className="govuk-link" to={assessmentWorkPaths.assessment(assessment.id)}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
