import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { DirectoryServicePage } from '@/lib/api/types';
import type { DirectoryFilters } from '../filters';
import { directoryKeys } from './keys';

/** The public list's page size, the API's default. */
export const directoryPageSize = 20;

/** ListDirectoryServices (public): services in name order, by who they are for and by need, each saying whether it is open now. */
export async function listDirectoryServices(filters: DirectoryFilters, cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<DirectoryServicePage> {
  const { data } = await apiClient.GET('/api/directory/services', {
    params: { query: { ...filters, limit, ...(cursor ? { cursor } : {}) } },
    signal,
  });
  return required(data);
}

export const listDirectoryServicesQueryOptions = (filters: DirectoryFilters, cursor: string | undefined, limit = directoryPageSize) =>
  queryOptions({
    queryKey: directoryKeys.list(filters, cursor, limit),
    queryFn: ({ signal }) => listDirectoryServices(filters, cursor, limit, signal),
    placeholderData: keepPreviousData,
    // "Open now" is the API's to say, at the time of asking: never show an old answer as current.
    staleTime: 0,
  });

export function useDirectoryServices(filters: DirectoryFilters, cursor: string | undefined, limit = directoryPageSize) {
  return useQuery(listDirectoryServicesQueryOptions(filters, cursor, limit));
}
