import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { RegisterBreakProviderRequest } from '@/lib/api/types';
import { breakProvidersKey } from './list-break-providers';

/** RegisterBreakProvider (managers): 409 when a provider of that name is registered already. */
export async function registerBreakProvider(body: RegisterBreakProviderRequest) {
  const { data } = await apiClient.POST('/api/break-providers', { body });
  return required(data);
}

export function useRegisterBreakProvider() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: registerBreakProvider, onSuccess: () => queryClient.invalidateQueries({ queryKey: breakProvidersKey }) });
}
