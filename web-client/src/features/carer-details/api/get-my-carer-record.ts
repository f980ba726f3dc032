import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { CarerRecord, Versioned } from '@/lib/api/types';

export async function getMyCarerRecord(signal?: AbortSignal): Promise<Versioned<CarerRecord>> {
  const { data, response } = await apiClient.GET('/api/me/carer', { signal });
  return { data: required(data), etag: etagOf(response) };
}

/** GetMyCarerRecord. A 404 (an ApiError) means the person has not registered yet. */
export const getMyCarerRecordQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.myCarerRecord,
    queryFn: ({ signal }) => getMyCarerRecord(signal),
  });

export function useMyCarerRecord() {
  return useQuery(getMyCarerRecordQueryOptions());
}

/** Reads the record again: after a 412 the form starts afresh from what was saved elsewhere. */
export function useRefreshMyCarerRecord() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: queryKeys.myCarerRecord });
}
