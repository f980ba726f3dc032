import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useMyBreaks } from '@/features/breaks/api/list-my-breaks';
import type { BreakAskContext } from '@/features/breaks/components/ask-pages';
import { CancelBreakPage } from '@/features/breaks/components/cancel-break-page';
import { YourBreaks } from '@/features/breaks/components/your-breaks';
import { emptyBreakAnswers, type BreakAnswers } from '@/features/breaks/break-answers';
import { breakPaths } from '@/features/breaks/paths';
import { useCarerRecord } from './carer-area';

export function YourBreaksRoute() {
  const query = useMyBreaks();
  const banner = (useLocation().state as { banner?: string } | null)?.banner;
  const { t } = useTranslation('breaks');
  if (query.isPending) return <PageLoading title={t('list.title')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <YourBreaks breaks={query.data} banner={banner} />;
}

/** The answers live here while the carer moves between the questions of asking for a break. */
export function AskForBreakRoute() {
  const record = useCarerRecord();
  const [answers, setAnswers] = useState<BreakAnswers>(emptyBreakAnswers);
  const people = (record.data.caredForPeople ?? []).filter((person) => !person.endedOn && person.relationshipId);
  return <Outlet context={{ answers, setAnswers, people } satisfies BreakAskContext} />;
}

export function CancelBreakRoute() {
  const { breakId } = useParams();
  const query = useMyBreaks();
  const navigate = useNavigate();
  const { t } = useTranslation('breaks');
  if (query.isPending) return <PageLoading title={t('cancel.loading')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const item = query.data.find((candidate) => candidate.id === breakId);
  if (!item) return <PageNotFound />;
  return <CancelBreakPage item={item} onCancelled={(banner) => void navigate(breakPaths.list, { state: { banner } })} />;
}
