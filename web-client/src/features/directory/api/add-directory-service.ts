import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { DirectoryService, DirectoryServiceDetails } from '@/lib/api/types';
import { directoryKeys } from './keys';

/** AddDirectoryService (managers): 409 when a live service has that name already. */
export async function addDirectoryService(body: DirectoryServiceDetails): Promise<DirectoryService> {
  const { data } = await apiClient.POST('/api/directory/services', { body });
  return required(data);
}

export function useAddDirectoryService() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addDirectoryService, onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.lists }) });
}
