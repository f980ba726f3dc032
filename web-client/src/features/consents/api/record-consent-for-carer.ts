import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { ConsentState, RecordConsentForCarerRequest } from '@/lib/api/types';

export async function recordConsentForCarer({ carerId, body }: { carerId: string; body: RecordConsentForCarerRequest }): Promise<ConsentState> {
  const { data } = await apiClient.POST('/api/carers/{carerId}/consents', { params: { path: { carerId } }, body });
  return required(data);
}

/** RecordConsentForCarer: staff record a consent given in a conversation; a partner's referral awaiting it is confirmed. */
export function useRecordConsentForCarer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordConsentForCarer,
    // Awaited, so the record shown next already lists the consent.
    onSuccess: (_, { carerId }) => queryClient.invalidateQueries({ queryKey: queryKeys.carer(carerId) }),
  });
}
