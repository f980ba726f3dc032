import { useNavigate } from 'react-router';
import { AnswersSummary } from '@/components/assessment/answers-summary';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Assessment, Versioned } from '@/lib/api/types';
import { hasErrors, problemToFormErrors } from '@/lib/forms/form-errors';
import { isStaleChange, onStaleChange, staleMyAssessmentMessage } from '@/lib/forms/stale-change';
import { useRefreshMyAssessment } from '../api/get-my-assessment';
import { useSubmitSelfAssessment } from '../api/submit-self-assessment';
import { assessmentPaths } from '../paths';

/** Check your answers, then send the self-assessment to an assessor to confirm. */
export function AssessmentCheckAnswersPage({ assessment: { data: assessment, etag } }: { assessment: Versioned<Assessment> }) {
  const { errors, attempt, setErrors } = useFormErrors();
  usePageTitle('Check your answers before sending your assessment', hasErrors(errors));
  const submit = useSubmitSelfAssessment();
  const stale = onStaleChange(useRefreshMyAssessment(assessment.id), setErrors, staleMyAssessmentMessage);
  const navigate = useNavigate();

  function send() {
    submit.mutate({ assessmentId: assessment.id, etag }, {
      onSuccess: () => void navigate(assessmentPaths.home, { state: { submitted: true } }),
      onError: (error) => (isStaleChange(error) ? stale() : setErrors(problemToFormErrors(error, {}))),
    });
  }

  return (
    <>
      <BackLink to={assessmentPaths.home} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">Check your answers before sending your assessment</h1>
          <AnswersSummary kind={assessment.kind} answers={assessment.answers} changeLink={(question) => assessmentPaths.question(assessment.id, question.id, true)} />
          <h2 className="govuk-heading-m">Now send your assessment</h2>
          <p className="govuk-body">
            By sending it you confirm that, to the best of your knowledge, your answers are correct. An assessor will read
            them, may contact you to talk them through, and will then decide whether you have eligible needs.
          </p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              send();
            }}
            noValidate
          >
            <Button preventDoubleClick disabled={submit.isPending}>
              Accept and send
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
