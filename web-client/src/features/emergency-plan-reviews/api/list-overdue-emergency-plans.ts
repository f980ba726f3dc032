import { queryOptions, useQuery } from '@tanstack/react-query';
import { withAccessReason } from '@/lib/api/access-reason';
import { apiClient, required } from '@/lib/api/client';

/** ListOverdueEmergencyPlans: plans past their yearly review, oldest first, a page at a time, read for review. */
export async function listOverdueEmergencyPlans(cursor: string | undefined, signal?: AbortSignal) {
  const { data } = await apiClient.GET('/api/emergency-plans/overdue', {
    params: { query: { limit: 50, ...(cursor ? { cursor } : {}) }, header: withAccessReason('review') },
    signal,
  });
  return required(data);
}

export const listOverdueEmergencyPlansQueryOptions = (cursor: string | undefined) =>
  queryOptions({ queryKey: ['emergency-plans', 'overdue', cursor ?? null], queryFn: ({ signal }) => listOverdueEmergencyPlans(cursor, signal), staleTime: 0 });

export function useOverdueEmergencyPlans(cursor: string | undefined) {
  return useQuery(listOverdueEmergencyPlansQueryOptions(cursor));
}
