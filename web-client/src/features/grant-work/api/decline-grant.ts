import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { GrantApplication } from '@/lib/api/types';
import { grantApplicationsKey } from './list-grant-applications';

/** DeclineGrant: with the reason the carer is told. */
export async function declineGrant({ grantId, reason }: { grantId: string; reason: string }): Promise<GrantApplication> {
  const { data } = await apiClient.POST('/api/grant-applications/{grantId}/decline', { params: { path: { grantId } }, body: { reason } });
  return required(data);
}

export function useDeclineGrant() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: declineGrant, onSuccess: () => queryClient.invalidateQueries({ queryKey: grantApplicationsKey }) });
}
