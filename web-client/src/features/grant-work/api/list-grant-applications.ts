import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { ListGrantApplicationsQuery } from '@/lib/api/types';

export const grantApplicationsKey = ['grant-applications'] as const;

/** ListGrantApplications: one page of applications by status, oldest first. */
export async function listGrantApplications(query: ListGrantApplicationsQuery, signal?: AbortSignal) {
  const { data } = await apiClient.GET('/api/grant-applications', { params: { query }, signal });
  return required(data);
}

export const listGrantApplicationsQueryOptions = (query: ListGrantApplicationsQuery) =>
  queryOptions({ queryKey: [...grantApplicationsKey, query], queryFn: ({ signal }) => listGrantApplications(query, signal), staleTime: 0 });

export function useGrantApplications(query: ListGrantApplicationsQuery) {
  return useQuery(listGrantApplicationsQueryOptions(query));
}

const allStatuses = ['submitted', 'approved', 'paid', 'declined', 'cancelled'] as const;

/**
 * The contract has no read of one application: the list page hands it over in history state,
 * and on a reload it is found in the first page (100) of each status.
 */
export function useFindGrantApplication(grantId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...grantApplicationsKey, 'find', grantId],
    enabled,
    staleTime: 0,
    queryFn: async ({ signal }) => {
      for (const status of allStatuses) {
        const page = await listGrantApplications({ status, limit: 100 }, signal);
        const found = page.items.find((item) => item.id === grantId);
        if (found) return found;
      }
      return null;
    },
  });
}
