import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Radios } from '@/components/govuk/radios';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { AssessmentMethod, OutcomeAbility, SelfAssessmentAnswers, StaffAssessment, Versioned } from '@/lib/api/types';
import { sectionsFor, type Question } from '@/lib/assessment-questions';
import { hasErrors, problemToFormErrors } from '@/lib/forms/form-errors';
import { isStaleChange, staleAssessmentMessage } from '@/lib/forms/stale-change';
import { useSaveAssessmentRecord } from '../api/save-assessment-record';
import { assessmentWorkPaths } from '../paths';

const methodItems: { value: AssessmentMethod; label: string }[] = [
  { value: 'phone', label: 'By phone' },
  { value: 'homeVisit', label: 'A home visit' },
  { value: 'office', label: 'At the office' },
  { value: 'video', label: 'By video call' },
];

const yesNoItems = [
  { value: 'yes' as const, label: 'Yes' },
  { value: 'no' as const, label: 'No' },
];

const clean = (text: string) => (text.trim() === '' ? null : text);

/**
 * The assessor records the assessment during or after the conversation: one form per section, each saved
 * on its own (If-Match) so they can stop and come back. A young carer's record has the 2015 Regulations'
 * questions instead of the eight adult outcomes.
 */
export function AssessmentRecordForm({
  versioned,
  onDecide,
  onStale,
}: {
  versioned: Versioned<StaffAssessment>;
  onDecide: string;
  /** A save refused as stale (412): the page reads the assessment again. */
  onStale: () => void;
}) {
  const [assessment, setAssessment] = useState(versioned.data.assessment);
  const [values, setValues] = useState<SelfAssessmentAnswers>(assessment.answers);
  const [etag, setEtag] = useState(versioned.etag);
  // A newer version read after a stale save: its ETag is the one to send next; what was typed stays (decision 0028).
  const [read, setRead] = useState(versioned.etag);
  if (versioned.etag !== read) {
    setRead(versioned.etag);
    setEtag(versioned.etag);
    setAssessment(versioned.data.assessment);
  }
  const [saved, setSaved] = useState<string | undefined>();
  const { errors, attempt, setErrors } = useFormErrors();
  const save = useSaveAssessmentRecord();
  usePageTitle('Record the assessment', hasErrors(errors));
  const youngCarer = assessment.kind === 'youngCarer';

  const set = <K extends keyof SelfAssessmentAnswers>(key: K, value: SelfAssessmentAnswers[K]) => setValues((current) => ({ ...current, [key]: value }));

  function saveSection(title: string) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setSaved(undefined);
      save.mutate(
        { assessmentId: assessment.id, record: values, etag },
        {
          onSuccess: (result) => {
            setEtag(result.etag);
            setAssessment(result.data.assessment);
            setValues(result.data.assessment.answers);
            setErrors({ fields: {}, summary: [] });
            setSaved(`${title}: saved`);
          },
          onError: (error) => {
            if (isStaleChange(error)) {
              onStale();
              setErrors({ fields: {}, summary: [{ text: staleAssessmentMessage }] });
            } else {
              setErrors(problemToFormErrors(error, {}));
            }
          },
        },
      );
    };
  }

  function field(question: Question) {
    switch (question.kind) {
      case 'text':
        return (
          <Textarea
            key={question.id}
            id={question.id}
            label={question.title}
            labelSize="s"
            hint={question.hint}
            value={String(values[question.field] ?? '')}
            onChange={(text) => set(question.field, clean(text) as never)}
            rows={3}
            spellCheck
          />
        );
      case 'yesNo': {
        const current = values[question.field];
        return (
          <Radios<'yes' | 'no'>
            key={question.id}
            name={question.id}
            legend={question.title}
            legendSize="s"
            value={current === true ? 'yes' : current === false ? 'no' : ''}
            onChange={(answer) => set(question.field, answer === 'yes')}
            inline
            small
            items={yesNoItems}
          />
        );
      }
      case 'outcome': {
        const finding = values.outcomes?.[question.outcome];
        const setFinding = (change: { ability?: OutcomeAbility; reason?: string | null }) =>
          set('outcomes', { ...values.outcomes, [question.outcome]: { ability: finding?.ability ?? null, reason: finding?.reason ?? null, ...change } });
        return (
          <Radios<OutcomeAbility>
            key={question.id}
            name={question.id}
            legend={question.title}
            legendSize="s"
            value={finding?.ability ?? ''}
            onChange={(ability) => setFinding({ ability })}
            small
            items={[
              { value: 'able', label: 'Able to achieve' },
              {
                value: 'unable',
                label: 'Unable to achieve',
                conditional: (
                  <Textarea id={`reason-${question.outcome}`} label="Reason" value={finding?.reason ?? ''} onChange={(reason) => setFinding({ reason: clean(reason) })} rows={2} />
                ),
              },
            ]}
          />
        );
      }
    }
  }

  const saveButton = (title: string) => (
    <Button variant="secondary" preventDoubleClick disabled={save.isPending}>
      Save {title.toLowerCase()}
    </Button>
  );

  return (
    <>
      <BackLink to={assessmentWorkPaths.assessment(assessment.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          {saved && !hasErrors(errors) ? <NotificationBanner key={saved} type="success" heading={saved} /> : null}
          <h1 className="govuk-heading-l">Record the assessment</h1>
          <p className="govuk-body">
            Record what the {youngCarer ? 'young carer' : 'carer'} tells you, during or after the conversation. Save each section as you go; you can come back to
            it later. Nothing is decided until you {youngCarer ? 'record the decision' : 'record the eligibility decision'}.
          </p>

          <form onSubmit={saveSection('How the assessment was carried out')} noValidate>
            <h2 className="govuk-heading-m">How the assessment was carried out</h2>
            <Radios<AssessmentMethod> name="howCarriedOut" legend="How did you carry out the assessment?" legendSize="s" value={values.howCarriedOut ?? ''} onChange={(method) => set('howCarriedOut', method)} small items={methodItems} />
            <Textarea id="inTheirOwnWords" label={`In the ${youngCarer ? 'young carer’s' : 'carer’s'} own words`} labelSize="s" hint="What they said, as they said it." value={values.inTheirOwnWords ?? ''} onChange={(text) => set('inTheirOwnWords', clean(text))} rows={4} spellCheck />
            {saveButton('How the assessment was carried out')}
          </form>

          {sectionsFor(assessment.kind).map((section) => (
            <form key={section.id} onSubmit={saveSection(section.title)} noValidate>
              <h2 className="govuk-heading-m">{section.title}</h2>
              {section.questions.map(field)}
              {youngCarer && section.id === 'young-carers-school' ? (
                <Textarea id="impactOnDevelopment" label="How does caring affect their development?" labelSize="s" hint="For example, friendships, clubs, growing up at their own pace." value={values.impactOnDevelopment ?? ''} onChange={(text) => set('impactOnDevelopment', clean(text))} rows={3} spellCheck />
              ) : null}
              {saveButton(section.title)}
            </form>
          ))}

          {assessment.status === 'inProgress' ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={onDecide}>
                {youngCarer ? 'Record the young carer’s decision' : 'Record the eligibility decision'}
              </Link>
            </p>
          ) : null}
        </div>
      </div>
    </>
  );
}
