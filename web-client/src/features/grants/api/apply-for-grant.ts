import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { ApplyForGrantRequest, GrantApplication } from '@/lib/api/types';
import { myGrantsKey } from './list-my-grants';

/** ApplyForGrant: 409 without an eligible assessment in the last 12 months, or with one still waiting. */
export async function applyForGrant(body: ApplyForGrantRequest): Promise<GrantApplication> {
  const { data } = await apiClient.POST('/api/me/carer/grants', { body });
  return required(data);
}

export function useApplyForGrant() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: applyForGrant, onSuccess: () => queryClient.invalidateQueries({ queryKey: myGrantsKey }) });
}
