import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { Break, MoveBreakRequest } from '@/lib/api/types';
import { breakProvidersKey } from './list-break-providers';
import { breakQueueKey } from './list-break-queue';

/**
 * MoveBreak at the version read (If-Match: the break's eTag): approve, decline (with a reason), record the provider's
 * confirmation, complete or cancel; 409 for a step not possible now, 412 when the break changed since it was read.
 */
export async function moveBreak({ breakId, eTag, body }: { breakId: string; eTag: string; body: MoveBreakRequest }): Promise<Break> {
  const { data } = await apiClient.POST('/api/breaks/{breakId}/moves', { params: { path: { breakId }, header: { 'If-Match': eTag } }, body });
  return required(data);
}

export function useMoveBreak() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveBreak,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: breakQueueKey });
      // Declining or cancelling gives the places back.
      await queryClient.invalidateQueries({ queryKey: breakProvidersKey });
    },
  });
}
