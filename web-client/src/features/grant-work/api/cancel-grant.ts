import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { GrantApplication } from '@/lib/api/types';
import { grantBudgetKey } from './get-grant-budget';
import { grantApplicationsKey } from './list-grant-applications';

/** CancelGrant at the version read (If-Match): releases an approved grant's commitment. */
export async function cancelGrant({ grantId, eTag }: { grantId: string; eTag: string }): Promise<GrantApplication> {
  const { data } = await apiClient.POST('/api/grant-applications/{grantId}/cancellation', { params: { path: { grantId }, header: { 'If-Match': eTag } } });
  return required(data);
}

export function useCancelGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelGrant,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: grantApplicationsKey });
      await queryClient.invalidateQueries({ queryKey: grantBudgetKey });
    },
  });
}
