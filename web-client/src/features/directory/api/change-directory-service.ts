import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { DirectoryService, DirectoryServiceDetails, Versioned } from '@/lib/api/types';
import { directoryKeys } from './keys';

export type ChangeDirectoryServiceInput = { serviceId: string; body: DirectoryServiceDetails; etag: string | null };

/**
 * ChangeDirectoryService (managers): the whole entry and its hours, with `If-Match` set to the
 * ETag the form was filled from. 412: changed since by someone else; 428: no ETag was known.
 */
export async function changeDirectoryService({ serviceId, body, etag }: ChangeDirectoryServiceInput): Promise<Versioned<DirectoryService>> {
  const { data, response } = await apiClient.PUT('/api/directory/services/{serviceId}', {
    params: { path: { serviceId }, header: { 'If-Match': etag ?? '' } },
    body,
  });
  return { data: required(data), etag: etagOf(response) };
}

export function useChangeDirectoryService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeDirectoryService,
    onSuccess: async (saved) => {
      if (saved.etag) queryClient.setQueryData(directoryKeys.service(saved.data.id), saved);
      else await queryClient.invalidateQueries({ queryKey: directoryKeys.service(saved.data.id) });
      await queryClient.invalidateQueries({ queryKey: directoryKeys.lists });
    },
  });
}
