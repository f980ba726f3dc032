import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { GrantApplication } from '@/lib/api/types';
import { grantApplicationsKey } from './list-grant-applications';

/** DeclineGrant at the version read (If-Match): with the reason the carer is told. */
export async function declineGrant({ grantId, eTag, reason }: { grantId: string; eTag: string; reason: string }): Promise<GrantApplication> {
  const { data } = await apiClient.POST('/api/grant-applications/{grantId}/decline', { params: { path: { grantId }, header: { 'If-Match': eTag } }, body: { reason } });
  return required(data);
}

export function useDeclineGrant() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: declineGrant, onSuccess: () => queryClient.invalidateQueries({ queryKey: grantApplicationsKey }) });
}
