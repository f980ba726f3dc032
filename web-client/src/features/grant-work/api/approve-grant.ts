import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { GrantApplication } from '@/lib/api/types';
import { grantBudgetKey } from './get-grant-budget';
import { grantApplicationsKey } from './list-grant-applications';

/** ApproveGrant at the version read (If-Match): commits the amount to the pot; 409 asks for an override reason for a second grant this year. */
export async function approveGrant({ grantId, eTag, overrideReason }: { grantId: string; eTag: string; overrideReason?: string }): Promise<GrantApplication> {
  const { data } = await apiClient.POST('/api/grant-applications/{grantId}/approval', {
    params: { path: { grantId }, header: { 'If-Match': eTag } },
    body: overrideReason ? { overrideReason } : {},
  });
  return required(data);
}

export function useApproveGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveGrant,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: grantApplicationsKey });
      await queryClient.invalidateQueries({ queryKey: grantBudgetKey });
    },
  });
}
