import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { directoryKeys } from './keys';

/** RetireDirectoryService (managers): the service leaves the directory; reading it is then 404. */
export async function retireDirectoryService(serviceId: string): Promise<void> {
  await apiClient.POST('/api/directory/services/{serviceId}/retirement', { params: { path: { serviceId } } });
}

export function useRetireDirectoryService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retireDirectoryService,
    onSuccess: async (_nothing, serviceId) => {
      queryClient.removeQueries({ queryKey: directoryKeys.service(serviceId) });
      await queryClient.invalidateQueries({ queryKey: directoryKeys.lists });
    },
  });
}
