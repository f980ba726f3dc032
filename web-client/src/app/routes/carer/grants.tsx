import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageLoading, ServiceProblem } from '@/components/layout/page-states';
import { useMyGrants } from '@/features/grants/api/list-my-grants';
import type { GrantApplyContext } from '@/features/grants/components/apply-pages';
import { YourGrants } from '@/features/grants/components/your-grants';
import { emptyGrantAnswers, type GrantAnswers } from '@/features/grants/grant-answers';

export function YourGrantsRoute() {
  const query = useMyGrants();
  const { t } = useTranslation('grants');
  if (query.isPending) return <PageLoading title={t('list.title')} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <YourGrants grants={query.data} />;
}

/** The application's answers live here while the carer moves between its question pages. */
export function ApplyForGrantRoute() {
  const [answers, setAnswers] = useState<GrantAnswers>(emptyGrantAnswers);
  return <Outlet context={{ answers, setAnswers } satisfies GrantApplyContext} />;
}
