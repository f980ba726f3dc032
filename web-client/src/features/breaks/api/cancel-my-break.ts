import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { Break } from '@/lib/api/types';
import { breakKeys } from './keys';

/**
 * CancelMyBreak at the version in the carer's list (If-Match: the break's eTag): its places and sitting minutes are
 * given back. 409 once it is completed, declined or cancelled; 412 when it changed since the list was read.
 */
export async function cancelMyBreak({ breakId, eTag }: { breakId: string; eTag: string }): Promise<Break> {
  const { data } = await apiClient.POST('/api/me/carer/breaks/{breakId}/cancellation', { params: { path: { breakId }, header: { 'If-Match': eTag } } });
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
