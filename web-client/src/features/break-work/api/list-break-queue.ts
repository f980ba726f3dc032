import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { Break, BreakStatus } from '@/lib/api/types';

export const breakQueueKey = ['breaks'] as const;

/** ListBreakQueue: breaks in one status, emergencies first, then oldest first (the first 50: the contract has no cursor). */
export async function listBreakQueue(status: BreakStatus, signal?: AbortSignal): Promise<Break[]> {
  const { data } = await apiClient.GET('/api/breaks', { params: { query: { status, limit: 50 } }, signal });
  return required(data).items;
}

export const listBreakQueueQueryOptions = (status: BreakStatus) =>
  queryOptions({ queryKey: [...breakQueueKey, status], queryFn: ({ signal }) => listBreakQueue(status, signal), staleTime: 0 });

export function useBreakQueue(status: BreakStatus) {
  return useQuery(listBreakQueueQueryOptions(status));
}

const allStatuses: BreakStatus[] = ['requested', 'approved', 'confirmed', 'completed', 'declined', 'cancelled'];

/**
 * The contract has no read of one break: the queue hands it over in history state, and on a
 * reload it is found in the first page of each status.
 */
export function useFindBreak(breakId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...breakQueueKey, 'find', breakId],
    enabled,
    staleTime: 0,
    queryFn: async ({ signal }) => {
      for (const status of allStatuses) {
        const found = (await listBreakQueue(status, signal)).find((item) => item.id === breakId);
        if (found) return found;
      }
      return null;
    },
  });
}
