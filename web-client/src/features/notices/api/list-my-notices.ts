import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { CarerNotice } from '@/lib/api/types';

export const myNoticesKey = ['me', 'notices'] as const;

/** ListMyNotices: the latest notices sent (or being sent) to the carer, newest first. */
export async function listMyNotices(signal?: AbortSignal): Promise<CarerNotice[]> {
  const { data } = await apiClient.GET('/api/me/notices', { params: { query: { limit: 10 } }, signal });
  return required(data).items;
}

export const listMyNoticesQueryOptions = () => queryOptions({ queryKey: myNoticesKey, queryFn: ({ signal }) => listMyNotices(signal), staleTime: 0 });

export function useMyNotices() {
  return useQuery(listMyNoticesQueryOptions());
}
