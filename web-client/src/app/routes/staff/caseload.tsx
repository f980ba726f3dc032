import { useSearchParams } from 'react-router';
import { assessmentWorkPaths } from '@/features/assessment-work/paths';
import { PageLoading, ServiceProblem } from '@/components/layout/page-states';
import { useTeamCaseload } from '@/features/caseload/api/get-team-caseload';
import { useMyCaseload } from '@/features/caseload/api/list-my-caseload';
import { MyCaseload } from '@/features/caseload/components/my-caseload';
import { TeamCaseload } from '@/features/caseload/components/team-caseload';
import { caseloadPaths } from '@/features/caseload/paths';

export function MyCaseloadRoute() {
  const [search] = useSearchParams();
  const cursor = search.get('cursor') ?? undefined;
  const query = useMyCaseload(cursor);
  if (query.isError) return <ServiceProblem error={query.error} />;
  const next = query.data?.nextCursor;
  return (
    <MyCaseload
      page={query.data}
      loading={query.isFetching}
      nextTo={next ? `${caseloadPaths.mine}?cursor=${encodeURIComponent(next)}` : undefined}
      assessmentTo={assessmentWorkPaths.assessment}
    />
  );
}

export function TeamCaseloadRoute() {
  const query = useTeamCaseload();
  if (query.isPending) return <PageLoading title="Team caseload" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <TeamCaseload team={query.data} />;
}
