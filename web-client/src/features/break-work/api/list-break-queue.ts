import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { BreakStatus } from '@/lib/api/types';

export const breakQueueKey = ['breaks'] as const;

/** ListBreakQueue: one page of breaks in one status, emergencies first, then oldest first; nextCursor for the next. */
export async function listBreakQueue(status: BreakStatus, cursor: string | undefined, signal?: AbortSignal) {
  const { data } = await apiClient.GET('/api/breaks', { params: { query: { status, limit: 50, ...(cursor ? { cursor } : {}) } }, signal });
  return required(data);
}

export const listBreakQueueQueryOptions = (status: BreakStatus, cursor?: string) =>
  queryOptions({ queryKey: [...breakQueueKey, status, cursor ?? ''], queryFn: ({ signal }) => listBreakQueue(status, cursor, signal), staleTime: 0 });

export function useBreakQueue(status: BreakStatus, cursor?: string) {
  return useQuery(listBreakQueueQueryOptions(status, cursor));
}
