import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useMyFeedbackItem } from '@/features/feedback/api/get-my-feedback';
import { useMyFeedback } from '@/features/feedback/api/list-my-feedback';
import { emptyFeedbackAnswers, type FeedbackAnswers } from '@/features/feedback/feedback-answers';
import { FeedbackPage } from '@/features/feedback/components/feedback-page';
import type { GiveFeedbackContext } from '@/features/feedback/components/give-feedback-pages';
import { YourFeedback } from '@/features/feedback/components/your-feedback';
import { isApiError } from '@/lib/api/api-error';
import type { FeedbackItem } from '@/lib/api/types';

export function YourFeedbackRoute() {
  const query = useMyFeedback();
  const { t } = useTranslation('feedback');
  if (query.isPending) return <PageLoading title={t('list.title')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <YourFeedback items={query.data} />;
}

/** The answers live here while the carer moves between the pages. */
export function GiveFeedbackRoute() {
  const [answers, setAnswers] = useState<FeedbackAnswers>(emptyFeedbackAnswers);
  const [sent, setSent] = useState<FeedbackItem | null>(null);
  return <Outlet context={{ answers, setAnswers, sent, setSent } satisfies GiveFeedbackContext} />;
}

export function FeedbackItemRoute() {
  const { feedbackId } = useParams();
  const query = useMyFeedbackItem(feedbackId ?? '');
  const { t } = useTranslation('feedback');
  if (!feedbackId) return <PageNotFound />;
  if (query.isPending) return <PageLoading title={t('item.loading')} />;
  if (query.isError) return isApiError(query.error) && query.error.status === 404 ? <PageNotFound /> : <ServiceProblem error={query.error} />;
  return <FeedbackPage item={query.data} />;
}
