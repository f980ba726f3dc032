import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { TeamCaseload } from '@/lib/api/types';
import { caseloadKeys } from './keys';

/** GetTeamCaseload: counts of open assessments and reviews per assessor, and the unallocated work (no carer's data). */
export async function getTeamCaseload(signal?: AbortSignal): Promise<TeamCaseload> {
  const { data } = await apiClient.GET('/api/caseload/team', { signal });
  return required(data);
}

export const getTeamCaseloadQueryOptions = () =>
  queryOptions({
    queryKey: caseloadKeys.team(),
    queryFn: ({ signal }) => getTeamCaseload(signal),
    staleTime: 0,
  });

export function useTeamCaseload() {
  return useQuery(getTeamCaseloadQueryOptions());
}
