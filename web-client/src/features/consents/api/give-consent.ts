import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { ConsentState, GiveConsentRequest } from '@/lib/api/types';

export async function giveConsent(body: GiveConsentRequest): Promise<ConsentState> {
  const { data } = await apiClient.POST('/api/me/carer/consents', { body });
  return required(data);
}

/** GiveConsent for one purpose. */
export function useGiveConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: giveConsent,
    // Awaited, so the page shown next already lists the change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.myCarerRecord }),
  });
}
