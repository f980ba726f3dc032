import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useMyAssessment, useRefreshMyAssessment } from '@/features/assessments/api/get-my-assessment';
import { useMyAssessments } from '@/features/assessments/api/list-my-assessments';
import { AssessmentCheckAnswersPage } from '@/features/assessments/components/check-answers-page';
import { AssessmentQuestionPage } from '@/features/assessments/components/assessment-question-page';
import { AssessmentStatusPage, NoAssessmentPage } from '@/features/assessments/components/assessment-status-page';
import { AssessmentTaskList } from '@/features/assessments/components/assessment-task-list';
import { DeclineAssessmentPage } from '@/features/assessments/components/decline-assessment-page';
import { StartAssessmentPage } from '@/features/assessments/components/start-assessment-page';
import { assessmentPaths } from '@/features/assessments/paths';
import type { Assessment } from '@/lib/api/types';
import { findQuestion } from '@/lib/assessment-questions';

const editable = (assessment: Assessment) => assessment.selfAssessment && assessment.status === 'inProgress' && !assessment.submittedAt;

type HomeState = { started?: 'self' | 'assessor'; submitted?: boolean; declined?: boolean } | null;

export function YourAssessmentRoute() {
  const query = useMyAssessments();
  const state = useLocation().state as HomeState;
  const { t } = useTranslation('assessment');
  if (query.isPending) return <PageLoading title={t('home.title')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const latest = query.data[0];
  if (!latest) return <NoAssessmentPage />;
  if (editable(latest)) return <AssessmentTaskList assessment={latest} justStarted={state?.started === 'self'} />;
  const banner = state?.submitted ? 'submitted' : state?.declined ? 'declined' : state?.started === 'assessor' ? 'requested' : null;
  return <AssessmentStatusPage assessment={latest} banner={banner} />;
}

export function StartAssessmentRoute() {
  return <StartAssessmentPage />;
}

export function AssessmentQuestionRoute() {
  const { assessmentId = '', questionId = '' } = useParams();
  const [search] = useSearchParams();
  const query = useMyAssessment(assessmentId);
  const refreshAssessment = useRefreshMyAssessment(assessmentId);
  const [conflict, setConflict] = useState(false);
  const { t } = useTranslation('assessment');
  if (query.isPending) return <PageLoading title={t('home.title')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  if (!editable(query.data.data)) return <Navigate to={assessmentPaths.home} replace />;
  const found = findQuestion(query.data.data.kind, questionId);
  if (!found) return <PageNotFound />;
  return (
    <AssessmentQuestionPage
      // A new ETag (after a 412 and a fresh read) or another question starts the page afresh.
      key={`${questionId}-${query.data.etag ?? ''}`}
      assessment={query.data}
      section={found.section}
      question={found.question}
      index={found.index}
      fromCheck={search.get('change') === '1'}
      conflict={conflict}
      onConflict={() => {
        setConflict(true);
        refreshAssessment();
      }}
    />
  );
}

export function AssessmentCheckAnswersRoute() {
  const { assessmentId = '' } = useParams();
  const query = useMyAssessment(assessmentId);
  const { t } = useTranslation('assessment');
  if (query.isPending) return <PageLoading title={t('check.title')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  if (!editable(query.data.data)) return <Navigate to={assessmentPaths.home} replace />;
  return <AssessmentCheckAnswersPage assessment={query.data} />;
}

export function DeclineAssessmentRoute() {
  const { assessmentId = '' } = useParams();
  const query = useMyAssessment(assessmentId);
  const { t } = useTranslation('assessment');
  if (query.isPending) return <PageLoading title={t('decline.title')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <DeclineAssessmentPage assessment={query.data} />;
}
