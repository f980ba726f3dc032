import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { ConsentPurpose, ConsentState } from '@/lib/api/types';

export async function withdrawConsent(purpose: ConsentPurpose): Promise<ConsentState> {
  const { data } = await apiClient.POST('/api/me/carer/consents/{purpose}/withdraw', {
    params: { path: { purpose } },
  });
  return required(data);
}

/** WithdrawConsent: takes effect at once for partners. */
export function useWithdrawConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawConsent,
    // Awaited, so the page shown next already lists the change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.myCarerRecord }),
  });
}
