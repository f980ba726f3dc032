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
