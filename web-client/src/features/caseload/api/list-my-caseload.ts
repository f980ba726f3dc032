import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { withAccessReason } from '@/lib/api/access-reason';
import { apiClient, required } from '@/lib/api/client';
import type { MyCaseloadPage } from '@/lib/api/types';
import { caseloadKeys } from './keys';

/** ListMyCaseload: the signed-in assessor's own assessments and reviews, soonest due first, 50 a page, read for casework. */
export async function listMyCaseload(cursor: string | undefined, signal?: AbortSignal): Promise<MyCaseloadPage> {
  const { data } = await apiClient.GET('/api/caseload/mine', {
    params: { query: { limit: 50, ...(cursor ? { cursor } : {}) }, header: withAccessReason('casework') },
    signal,
  });
  return required(data);
}

export const listMyCaseloadQueryOptions = (cursor: string | undefined) =>
  queryOptions({
    queryKey: caseloadKeys.mine(cursor),
    queryFn: ({ signal }) => listMyCaseload(cursor, signal),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });

export function useMyCaseload(cursor: string | undefined) {
  return useQuery(listMyCaseloadQueryOptions(cursor));
}
