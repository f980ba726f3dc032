import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { GrantApplication, MarkGrantPaidRequest } from '@/lib/api/types';
import { grantBudgetKey } from './get-grant-budget';
import { grantApplicationsKey } from './list-grant-applications';

/** MarkGrantPaid at the version read (If-Match): the day it was paid and the payment reference. */
export async function markGrantPaid({ grantId, eTag, body }: { grantId: string; eTag: string; body: MarkGrantPaidRequest }): Promise<GrantApplication> {
  const { data } = await apiClient.POST('/api/grant-applications/{grantId}/payment', { params: { path: { grantId }, header: { 'If-Match': eTag } }, body });
  return required(data);
}

export function useMarkGrantPaid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markGrantPaid,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: grantApplicationsKey });
      await queryClient.invalidateQueries({ queryKey: grantBudgetKey });
    },
  });
}
