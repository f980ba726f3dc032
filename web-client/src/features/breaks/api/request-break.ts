import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { Break, RequestBreakRequest } from '@/lib/api/types';
import { breakKeys } from './keys';

/**
 * RequestBreak: takes the places (and a sitting service's minutes) at once. 409 when a day has no
 * place left or the week's 4 hours of sitting service would be passed.
 */
export async function requestBreak(body: RequestBreakRequest): Promise<Break> {
  const { data } = await apiClient.POST('/api/me/carer/breaks', { body });
  return required(data);
}

export function useRequestBreak() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestBreak,
    // Success or a 409 alike: the places shown are no longer right.
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: breakKeys.mine });
      await queryClient.invalidateQueries({ queryKey: breakKeys.availability });
    },
  });
}
