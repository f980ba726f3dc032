import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { DirectoryService, Versioned } from '@/lib/api/types';
import { directoryKeys } from './keys';

/** GetDirectoryService (public): one service with its hours per channel; the ETag is for ChangeDirectoryService's If-Match. 404 once retired. */
export async function getDirectoryService(serviceId: string, signal?: AbortSignal): Promise<Versioned<DirectoryService>> {
  const { data, response } = await apiClient.GET('/api/directory/services/{serviceId}', { params: { path: { serviceId } }, signal });
  return { data: required(data), etag: etagOf(response) };
}

export const getDirectoryServiceQueryOptions = (serviceId: string) =>
  queryOptions({
    queryKey: directoryKeys.service(serviceId),
    queryFn: ({ signal }) => getDirectoryService(serviceId, signal),
    staleTime: 0,
    retry: false,
  });

export function useDirectoryService(serviceId: string) {
  return useQuery(getDirectoryServiceQueryOptions(serviceId));
}

/** Reads the service again: after a 412 the change form starts afresh from what was saved elsewhere. */
export function useRefreshDirectoryService(serviceId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: directoryKeys.service(serviceId) });
}
