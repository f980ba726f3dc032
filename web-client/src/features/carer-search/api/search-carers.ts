import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { CarerSearchPage, SearchCarersQuery } from '@/lib/api/types';

export type SearchCriteria = Pick<SearchCarersQuery, 'name' | 'dateOfBirth' | 'postcode' | 'nhsNumber'>;

export const searchPageSize = 20;

export async function searchCarers(criteria: SearchCriteria, cursor: string | undefined, signal?: AbortSignal): Promise<CarerSearchPage> {
  const { data } = await apiClient.GET('/api/carers', {
    params: { query: { ...criteria, limit: searchPageSize, ...(cursor ? { cursor } : {}) } },
    signal,
  });
  return required(data);
}

/** SearchCarers, one page at a time; `nextCursor` leads to the next page. */
export const searchCarersQueryOptions = (criteria: SearchCriteria, cursor: string | undefined) =>
  queryOptions({
    queryKey: queryKeys.carerSearch(criteria, cursor),
    queryFn: ({ signal }) => searchCarers(criteria, cursor, signal),
    placeholderData: keepPreviousData,
  });

export function useSearchCarers(criteria: SearchCriteria | undefined, cursor: string | undefined) {
  return useQuery({ ...searchCarersQueryOptions(criteria ?? {}, cursor), enabled: criteria !== undefined });
}
