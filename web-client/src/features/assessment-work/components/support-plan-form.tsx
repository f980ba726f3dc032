import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Radios } from '@/components/govuk/radios';
import { Select } from '@/components/govuk/select';
import { TextInput } from '@/components/govuk/text-input';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { ActionStatus, Assessment, PaymentFrequency } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { isStaleChange, staleAssessmentMessage, summaryAfterStale } from '@/lib/forms/stale-change';
import { actionStatusLabels, optionsOf, paymentFrequencyLabels } from '@/lib/reference-data';
import { emptyDateParts, isoToDateParts, parseDateParts, type DatePart } from '@/lib/validation/date';
import { useRecordSupportPlan } from '../api/record-support-plan';
import { emptyAction, planValuesFrom, toSupportPlanRequest, type ActionValues, type YesNo } from '../forms';
import { assessmentWorkPaths } from '../paths';

type SupportPlanFormProps = {
  assessment: Assessment;
  /** The ETag `assessment` came with, sent as If-Match. */
  etag: string | null;
  /** The plan was changed elsewhere (412): the form was filled again from the newer plan; say why. */
  conflict: boolean;
  onConflict: () => void;
  onDone: () => void;
};

/** The support plan (s25), with "add another" for the actions. */
export function SupportPlanForm({ assessment, etag, conflict, onConflict, onDone }: SupportPlanFormProps) {
  const [values, setValues] = useState(() => planValuesFrom(assessment.supportPlan));
  const [review, setReview] = useState(() => (assessment.supportPlan ? isoToDateParts(assessment.supportPlan.nextReviewOn) : emptyDateParts));
  const [reviewParts, setReviewParts] = useState<DatePart[]>([]);
  const { errors, attempt, setErrors } = useFormErrors();
  const record = useRecordSupportPlan();
  const title = assessment.supportPlan ? 'Change the support plan' : 'Record the support plan';
  usePageTitle(title, hasErrors(errors) || conflict);
  type Values = typeof values;
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const setAction = (index: number, change: Partial<ActionValues>) =>
    setValues((current) => ({ ...current, actions: current.actions.map((action, i) => (i === index ? { ...action, ...change } : action)) }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = parseDateParts(review, { name: 'The next review date', missing: 'Enter the next review date' });
    const { body, errors: found } = toSupportPlanRequest({ ...values, nextReviewOn: date.ok ? date.value : null });
    const checked = validationToFormErrors(
      { ...found, nextReviewOn: date.ok ? undefined : date.message },
      { directPayment: '#directPayment', nextReviewOn: dateInputErrorHref('nextReviewOn', date.ok ? [] : date.parts) },
    );
    setReviewParts(date.ok ? [] : date.parts);
    if (hasErrors(checked)) {
      setErrors(checked);
      return;
    }
    record.mutate(
      { assessmentId: assessment.id, etag, body },
      {
        onSuccess: onDone,
        onError: (error) =>
          isStaleChange(error)
            ? onConflict()
            : setErrors(problemToFormErrors(error, { needs: '#needs', eligibleNeeds: '#eligibleNeeds', actions: '#actions-0-need', personalBudgetPence: '#personalBudget', directPayment: '#directPayment', nextReviewOn: '#nextReviewOn-day' })),
      },
    );
  }

  const summary = summaryAfterStale(errors, conflict, staleAssessmentMessage);

  return (
    <>
      <BackLink to={assessmentWorkPaths.assessment(assessment.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {summary.length > 0 ? <ErrorSummary key={attempt} errors={summary} /> : null}
          <h1 className="govuk-heading-l">{title}</h1>
          <form onSubmit={submit} noValidate>
            <Textarea id="needs" label="The carer’s needs" labelSize="m" error={errors.fields.needs} value={values.needs} onChange={set('needs')} rows={4} spellCheck />
            <Textarea id="eligibleNeeds" label="Eligible needs" labelSize="m" error={errors.fields.eligibleNeeds} value={values.eligibleNeeds} onChange={set('eligibleNeeds')} rows={4} spellCheck />
            <h2 className="govuk-heading-m">How each need will be met</h2>
            {values.actions.map((action, index) => (
              <fieldset className="govuk-fieldset app-add-another__item" key={index}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Action {index + 1}</legend>
                <TextInput id={`actions-${index}-need`} label="Need" error={errors.fields[`actions-${index}-need`]} value={action.need} onChange={(need) => setAction(index, { need })} />
                <Textarea id={`actions-${index}-howMet`} label="How it will be met" error={errors.fields[`actions-${index}-howMet`]} value={action.howMet} onChange={(howMet) => setAction(index, { howMet })} rows={3} />
                <Select id={`actions-${index}-status`} label="Status" value={action.status} onChange={(status) => setAction(index, { status: status as ActionStatus })} items={optionsOf(actionStatusLabels)} />
                {values.actions.length > 1 ? (
                  <Button type="button" variant="secondary" onClick={() => setValues((current) => ({ ...current, actions: current.actions.filter((_, i) => i !== index) }))}>
                    Remove action {index + 1}
                  </Button>
                ) : null}
              </fieldset>
            ))}
            {values.actions.length < 20 ? (
              <Button type="button" variant="secondary" onClick={() => setValues((current) => ({ ...current, actions: [...current.actions, { ...emptyAction }] }))}>
                Add another action
              </Button>
            ) : null}
            <TextInput id="personalBudget" label="Personal budget" labelSize="m" hint="The amount in pounds, for example 600 or 0" prefix="£" width="10" inputMode="decimal" spellCheck={false} error={errors.fields.personalBudget} value={values.personalBudget} onChange={set('personalBudget')} />
            <Radios<Exclude<YesNo, ''>>
              name="directPayment"
              legend="Is any of it paid as a direct payment?"
              legendSize="m"
              error={errors.fields.directPayment}
              value={values.directPayment}
              onChange={set('directPayment')}
              items={[
                {
                  value: 'yes',
                  label: 'Yes',
                  conditional: (
                    <>
                      <TextInput id="directPaymentNeeds" label="Which needs it meets" error={errors.fields.directPaymentNeeds} value={values.directPaymentNeeds} onChange={set('directPaymentNeeds')} />
                      <TextInput id="directPaymentAmount" label="Amount" hint="In pounds" prefix="£" width="10" inputMode="decimal" spellCheck={false} error={errors.fields.directPaymentAmount} value={values.directPaymentAmount} onChange={set('directPaymentAmount')} />
                      <Select
                        id="directPaymentFrequency"
                        label="How often"
                        error={errors.fields.directPaymentFrequency}
                        value={values.directPaymentFrequency}
                        onChange={(value) => set('directPaymentFrequency')(value as PaymentFrequency | '')}
                        items={[{ value: '', label: 'Choose how often' }, ...optionsOf(paymentFrequencyLabels)]}
                      />
                    </>
                  ),
                },
                { value: 'no', label: 'No' },
              ]}
            />
            <DateInput id="nextReviewOn" legend="Next review by" legendSize="m" hint="No later than 12 months after the decision. For example, 27 3 2027" value={review} onChange={setReview} error={errors.fields.nextReviewOn} errorParts={reviewParts} />
            <ButtonGroup>
              <Button preventDoubleClick disabled={record.isPending}>
                Save the support plan
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
