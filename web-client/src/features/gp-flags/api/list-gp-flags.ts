import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { GpFlagPage } from '@/lib/api/types';

export const gpFlagsPageSize = 50;

export async function listGpFlags(cursor: string | undefined, signal?: AbortSignal): Promise<GpFlagPage> {
  const { data } = await apiClient.GET('/api/gp-flags', {
    params: { query: { limit: gpFlagsPageSize, ...(cursor ? { cursor } : {}) } },
    signal,
  });
  return required(data);
}

/** ListGpFlags: the feed of GP carer flags, newest first, one page at a time. */
export const listGpFlagsQueryOptions = (cursor: string | undefined) =>
  queryOptions({
    queryKey: ['gp-flags', cursor ?? null] as const,
    queryFn: ({ signal }) => listGpFlags(cursor, signal),
    placeholderData: keepPreviousData,
    // Flags arrive all the time (and from an extract just imported): read afresh on each visit.
    staleTime: 0,
  });

export function useGpFlags(cursor: string | undefined) {
  return useQuery(listGpFlagsQueryOptions(cursor));
}
