import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { directoryKeys } from './keys';

/** RetireDirectoryService (managers), with If-Match: the service leaves the directory; reading it is then 404. 412 when it changed since it was read. */
export async function retireDirectoryService({ serviceId, etag }: { serviceId: string; etag: string | null | undefined }): Promise<void> {
  await apiClient.POST('/api/directory/services/{serviceId}/retirement', { params: { path: { serviceId }, header: { 'If-Match': etag ?? '' } } });
}

export function useRetireDirectoryService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retireDirectoryService,
    onSuccess: async (_nothing, { serviceId }) => {
      queryClient.removeQueries({ queryKey: directoryKeys.service(serviceId) });
      await queryClient.invalidateQueries({ queryKey: directoryKeys.lists });
    },
  });
}
