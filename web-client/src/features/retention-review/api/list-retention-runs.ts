import { useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { RetentionRunPage } from '@/lib/api/types';
import { retentionKey } from './list-retention-reviews';

/** ListRetentionRuns: the run log, newest first (the latest 10 on the page). */
export async function listRetentionRuns(signal?: AbortSignal): Promise<RetentionRunPage> {
  const { data } = await apiClient.GET('/api/retention/runs', { params: { query: { limit: 10 } }, signal });
  return required(data);
}

export function useRetentionRuns() {
  return useQuery({ queryKey: [...retentionKey, 'runs'], queryFn: ({ signal }) => listRetentionRuns(signal), staleTime: 0 });
}
