import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { InformationQueueItem, InformationQueuePage } from '@/lib/api/types';

export const informationQueueKey = ['information-requests'] as const;

/** ListInformationRequestQueue: open requests, overdue first, then by due date; cursor paged. */
export async function listInformationRequestQueue(cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<InformationQueuePage> {
  const { data } = await apiClient.GET('/api/information-requests', { params: { query: { limit, ...(cursor ? { cursor } : {}) } }, signal });
  return required(data);
}

export function useInformationRequestQueue(cursor: string | undefined) {
  return useQuery({
    queryKey: [...informationQueueKey, 'page', cursor ?? null],
    queryFn: ({ signal }) => listInformationRequestQueue(cursor, 50, signal),
    staleTime: 0,
  });
}

/**
 * The contract has no staff read of one request: the queue hands it over in history state, and
 * on a reload (or after a 412) it is found in the queue, up to 10 pages of 100.
 */
export async function findInformationRequest(requestId: string, signal?: AbortSignal): Promise<InformationQueueItem | null> {
  let cursor: string | undefined;
  for (let page = 0; page < 10; page += 1) {
    const result = await listInformationRequestQueue(cursor, 100, signal);
    const found = result.items.find((item) => item.id === requestId);
    if (found) return found;
    if (!result.nextCursor) return null;
    cursor = result.nextCursor;
  }
  return null;
}

export function useFindInformationRequest(requestId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...informationQueueKey, 'find', requestId],
    enabled,
    staleTime: 0,
    queryFn: ({ signal }) => findInformationRequest(requestId, signal),
  });
}

/** After a 412: the queue read again, and the request as it is now (null once it has left the queue). */
export function useReloadInformationRequest(requestId: string) {
  const queryClient = useQueryClient();
  return async () => {
    // The queue's pages only: the route's own read stays as it was, so the page is not replaced by "not found".
    await queryClient.invalidateQueries({ queryKey: [...informationQueueKey, 'page'] });
    return findInformationRequest(requestId);
  };
}
