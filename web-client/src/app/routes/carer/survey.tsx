import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoading, ServiceProblem } from '@/components/layout/page-states';
import { useMySurvey } from '@/features/survey/api/get-my-survey';
import type { SurveyContext } from '@/features/survey/components/survey-pages';
import { surveyPaths } from '@/features/survey/paths';
import { emptySurveyAnswers, type SurveyAnswers } from '@/features/survey/survey-answers';

/**
 * The answers live here while the carer moves between the questions. With no survey open, or
 * once answered, only the start page (which says so) and the confirmation are shown.
 */
export function SurveyRoute() {
  const query = useMySurvey();
  const { pathname } = useLocation();
  const [answers, setAnswers] = useState<SurveyAnswers>(emptySurveyAnswers);
  const { t } = useTranslation('survey');
  if (query.isPending) return <PageLoading title={t('start.title')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const offered = query.data.open && !query.data.answered;
  if (!offered && pathname !== surveyPaths.start && pathname !== surveyPaths.done) return <Navigate to={surveyPaths.start} replace />;
  return <Outlet context={{ survey: query.data, answers, setAnswers } satisfies SurveyContext} />;
}
