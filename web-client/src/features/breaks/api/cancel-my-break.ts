import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { Break } from '@/lib/api/types';
import { breakKeys } from './keys';

/** CancelMyBreak: its places and sitting minutes are given back. 409 once it is completed, declined or cancelled. */
export async function cancelMyBreak({ breakId }: { breakId: string }): Promise<Break> {
  const { data } = await apiClient.POST('/api/me/carer/breaks/{breakId}/cancellation', { params: { path: { breakId } } });
  return required(data);
}

export function useCancelMyBreak() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelMyBreak,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: breakKeys.mine });
      await queryClient.invalidateQueries({ queryKey: breakKeys.availability });
    },
  });
}
