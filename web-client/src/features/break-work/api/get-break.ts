import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { Break } from '@/lib/api/types';
import { breakQueueKey } from './list-break-queue';

/** GetBreak: one break with its eTag (for If-Match), however far down its queue it is; 404 for none. */
export async function getBreak(breakId: string, signal?: AbortSignal): Promise<Break> {
  const { data } = await apiClient.GET('/api/breaks/{breakId}', { params: { path: { breakId } }, signal });
  return required(data);
}

export const getBreakQueryOptions = (breakId: string) =>
  queryOptions({ queryKey: [...breakQueueKey, 'one', breakId], queryFn: ({ signal }) => getBreak(breakId, signal), staleTime: 0 });

export function useBreak(breakId: string) {
  return useQuery(getBreakQueryOptions(breakId));
}
