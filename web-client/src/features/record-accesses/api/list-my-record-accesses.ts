import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';

export type RecordAccessPage = operations['ListMyRecordAccesses']['responses'][200]['content']['application/json'];
export type RecordAccess = RecordAccessPage['items'][number];

export const recordAccessesPageSize = 20;

/** ListMyRecordAccesses: who has seen the carer's record, newest first, a page at a time. */
export async function listMyRecordAccesses(cursor: string | undefined, signal?: AbortSignal): Promise<RecordAccessPage> {
  const { data } = await apiClient.GET('/api/me/record-accesses', {
    params: { query: { limit: recordAccessesPageSize, ...(cursor ? { cursor } : {}) } },
    signal,
  });
  return required(data);
}

export const listMyRecordAccessesQueryOptions = (cursor: string | undefined) =>
  queryOptions({
    queryKey: ['me', 'record-accesses', cursor ?? null] as const,
    queryFn: ({ signal }) => listMyRecordAccesses(cursor, signal),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });

export function useMyRecordAccesses(cursor: string | undefined) {
  return useQuery(listMyRecordAccessesQueryOptions(cursor));
}
