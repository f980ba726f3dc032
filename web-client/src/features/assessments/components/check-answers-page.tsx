import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AnswersSummary } from '@/components/assessment/answers-summary';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Assessment, Versioned } from '@/lib/api/types';
import { hasErrors, problemToFormErrors } from '@/lib/forms/form-errors';
import { isStaleChange, onStaleChange } from '@/lib/forms/stale-change';
import { useRefreshMyAssessment } from '../api/get-my-assessment';
import { useSubmitSelfAssessment } from '../api/submit-self-assessment';
import { assessmentPaths } from '../paths';

/** Check your answers, then send the self-assessment to an assessor to confirm. */
export function AssessmentCheckAnswersPage({ assessment: { data: assessment, etag } }: { assessment: Versioned<Assessment> }) {
  const { errors, attempt, setErrors } = useFormErrors();
  const { t } = useTranslation('assessment');
  usePageTitle(t('check.title'), hasErrors(errors));
  const submit = useSubmitSelfAssessment();
  const stale = onStaleChange(useRefreshMyAssessment(assessment.id), setErrors, t('stale'));
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
          <h1 className="govuk-heading-l">{t('check.title')}</h1>
          <AnswersSummary kind={assessment.kind} answers={assessment.answers} changeLink={(question) => assessmentPaths.question(assessment.id, question.id, true)} forCarer />
          <h2 className="govuk-heading-m">{t('check.sendHeading')}</h2>
          <p className="govuk-body">{t('check.confirm')}</p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              send();
            }}
            noValidate
          >
            <Button preventDoubleClick disabled={submit.isPending}>
              {t('check.send')}
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
