import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Radios } from '@/components/govuk/radios';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { StaffAssessment, Versioned, YoungCarerSupportRoute } from '@/lib/api/types';
import { isStaleChange, staleAssessmentMessage } from '@/lib/forms/stale-change';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { youngCarerSupportRouteLabels } from '@/components/assessment/decision-and-plan';
import { useCompleteYoungCarerAssessment } from '../api/complete-young-carer-assessment';
import { assessmentWorkPaths } from '../paths';

type YesNo = 'yes' | 'no' | '';

const yesNoItems = [
  { value: 'yes' as const, label: 'Yes' },
  { value: 'no' as const, label: 'No' },
];

const fields = {
  tasksExcessiveOrInappropriate: '#tasksExcessiveOrInappropriate',
  impactOnEducation: '#impactOnEducation',
  impactOnWellbeing: '#impactOnWellbeing',
  impactOnDevelopment: '#impactOnDevelopment',
  hasSupportNeeds: '#hasSupportNeeds',
  howMet: '#howMet',
  reasons: '#reasons',
  notes: '#notes',
};

/**
 * A young carer's needs assessment decided on its own law (Children Act 1989 s17ZA to s17ZC): the caring tasks,
 * the impact on education, wellbeing and development, whether they have support needs and how they will be met.
 * Never the eight adult outcomes.
 */
export function YoungCarerDecisionForm({
  versioned,
  onDone,
  onStale,
}: {
  versioned: Versioned<StaffAssessment>;
  onDone: () => void;
  /** The decision was refused as stale (412): the page reads the assessment again; what was typed stays. */
  onStale: () => void;
}) {
  const { assessment } = versioned.data;
  const answers = assessment.answers;
  const [tasks, setTasks] = useState<YesNo>('');
  const [impactOnEducation, setImpactOnEducation] = useState(answers.impactOnEducation ?? '');
  const [impactOnWellbeing, setImpactOnWellbeing] = useState(answers.impactOnWellbeing ?? '');
  const [impactOnDevelopment, setImpactOnDevelopment] = useState(answers.impactOnDevelopment ?? '');
  const [needs, setNeeds] = useState<YesNo>('');
  const [howMet, setHowMet] = useState<YoungCarerSupportRoute | ''>('');
  const [reasons, setReasons] = useState('');
  const [notes, setNotes] = useState('');
  const { errors, attempt, setErrors } = useFormErrors();
  const decide = useCompleteYoungCarerAssessment();
  usePageTitle('Record the young carer’s decision', hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!tasks) found.tasksExcessiveOrInappropriate = 'Say whether any caring tasks are excessive or inappropriate for the young carer';
    if (!impactOnEducation.trim()) found.impactOnEducation = 'Describe the impact of caring on the young carer’s education';
    if (!impactOnWellbeing.trim()) found.impactOnWellbeing = 'Describe the impact of caring on the young carer’s wellbeing';
    if (!impactOnDevelopment.trim()) found.impactOnDevelopment = 'Describe the impact of caring on the young carer’s development';
    if (!needs) found.hasSupportNeeds = 'Say whether the young carer has support needs';
    if (needs === 'yes' && !howMet) found.howMet = 'Say how the young carer’s support needs will be met';
    if (!reasons.trim()) found.reasons = 'Write the reasons for the decision; the young carer will read them';
    const checked = validationToFormErrors(found, fields);
    if (hasErrors(checked)) {
      setErrors(checked);
      return;
    }
    decide.mutate(
      {
        assessmentId: assessment.id,
        etag: versioned.etag,
        body: {
          tasksExcessiveOrInappropriate: tasks === 'yes',
          impactOnEducation,
          impactOnWellbeing,
          impactOnDevelopment,
          hasSupportNeeds: needs === 'yes',
          ...(needs === 'yes' && howMet ? { howMet } : {}),
          reasons,
          ...(notes.trim() ? { notes } : {}),
        },
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (isStaleChange(error)) {
            onStale();
            setErrors({ fields: {}, summary: [{ text: staleAssessmentMessage }] });
          } else {
            setErrors(problemToFormErrors(error, fields));
          }
        },
      },
    );
  }

  return (
    <>
      <BackLink to={assessmentWorkPaths.assessment(assessment.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">Record the young carer’s decision</h1>
          <p className="govuk-body">
            A young carer’s needs assessment is decided under the Children Act 1989 (sections 17ZA to 17ZC), not the adult eligibility rules.
          </p>
          <form onSubmit={submit} noValidate>
            <Radios<'yes' | 'no'> name="tasksExcessiveOrInappropriate" legend="Are any of the caring tasks excessive or inappropriate for the young carer?" legendSize="s" error={errors.fields.tasksExcessiveOrInappropriate} value={tasks} onChange={setTasks} inline items={yesNoItems} />
            <Textarea id="impactOnEducation" label="The impact on their education" labelSize="s" error={errors.fields.impactOnEducation} value={impactOnEducation} onChange={setImpactOnEducation} rows={3} spellCheck />
            <Textarea id="impactOnWellbeing" label="The impact on their wellbeing" labelSize="s" error={errors.fields.impactOnWellbeing} value={impactOnWellbeing} onChange={setImpactOnWellbeing} rows={3} spellCheck />
            <Textarea id="impactOnDevelopment" label="The impact on their development" labelSize="s" error={errors.fields.impactOnDevelopment} value={impactOnDevelopment} onChange={setImpactOnDevelopment} rows={3} spellCheck />
            <Radios<'yes' | 'no'>
              name="hasSupportNeeds"
              legend="Does the young carer have support needs?"
              legendSize="s"
              error={errors.fields.hasSupportNeeds}
              value={needs}
              onChange={setNeeds}
              items={[
                {
                  value: 'yes',
                  label: 'Yes',
                  conditional: (
                    <Radios<YoungCarerSupportRoute>
                      name="howMet"
                      legend="How will they be met?"
                      legendSize="s"
                      error={errors.fields.howMet}
                      value={howMet}
                      onChange={setHowMet}
                      small
                      items={(Object.keys(youngCarerSupportRouteLabels) as YoungCarerSupportRoute[]).map((route) => ({ value: route, label: youngCarerSupportRouteLabels[route] }))}
                    />
                  ),
                },
                { value: 'no', label: 'No' },
              ]}
            />
            <Textarea id="reasons" label="Reasons for the decision" labelSize="m" hint="In plain English. The young carer will read these." error={errors.fields.reasons} value={reasons} onChange={setReasons} rows={6} spellCheck />
            <Textarea id="notes" label="Your notes (optional)" labelSize="m" hint="Never shown to the young carer or to partners." error={errors.fields.notes} value={notes} onChange={setNotes} rows={4} spellCheck />
            <ButtonGroup>
              <Button preventDoubleClick disabled={decide.isPending}>
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
