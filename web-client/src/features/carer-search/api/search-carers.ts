import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { withAccessReason, type AccessReason } from '@/lib/api/access-reason';
import { queryKeys } from '@/lib/api/query-keys';
import type { CarerSearchPage, SearchCarersQuery } from '@/lib/api/types';

export type SearchCriteria = Pick<SearchCarersQuery, 'name' | 'dateOfBirth' | 'postcode' | 'nhsNumber'>;

export const searchPageSize = 20;

export async function searchCarers(criteria: SearchCriteria, cursor: string | undefined, reason: AccessReason, signal?: AbortSignal): Promise<CarerSearchPage> {
  const { data } = await apiClient.GET('/api/carers', {
    params: { query: { ...criteria, limit: searchPageSize, ...(cursor ? { cursor } : {}) }, header: withAccessReason(reason) },
    signal,
  });
  return required(data);
}

/** SearchCarers, one page at a time, for the reason the officer gave; `nextCursor` leads to the next page. */
export const searchCarersQueryOptions = (criteria: SearchCriteria, cursor: string | undefined, reason: AccessReason) =>
  queryOptions({
    queryKey: queryKeys.carerSearch(criteria, cursor),
    queryFn: ({ signal }) => searchCarers(criteria, cursor, reason, signal),
    placeholderData: keepPreviousData,
  });

export function useSearchCarers(criteria: SearchCriteria | undefined, cursor: string | undefined, reason: AccessReason | undefined) {
  return useQuery({ ...searchCarersQueryOptions(criteria ?? {}, cursor, reason ?? 'casework'), enabled: criteria !== undefined && reason !== undefined });
}
