import { useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { ComplaintQueuePage, ComplaintQueueStatus } from '@/lib/api/types';

export const complaintsKey = ['complaints'] as const;

/** ListComplaintQueue: waiting for acknowledgement first (overdue, at risk), then by response due date; cursor paged; open ones unless a status is given. */
export async function listComplaintQueue(
  cursor: string | undefined,
  status: ComplaintQueueStatus | undefined,
  signal?: AbortSignal,
): Promise<ComplaintQueuePage> {
  const { data } = await apiClient.GET('/api/feedback/complaints', {
    params: { query: { limit: 50, ...(cursor ? { cursor } : {}), ...(status ? { status } : {}) } },
    signal,
  });
  return required(data);
}

export function useComplaintQueue(cursor: string | undefined, status: ComplaintQueueStatus | undefined) {
  return useQuery({
    queryKey: [...complaintsKey, 'page', status ?? 'open', cursor ?? null],
    queryFn: ({ signal }) => listComplaintQueue(cursor, status, signal),
    staleTime: 0,
  });
}
