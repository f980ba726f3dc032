import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { gpWorklistKey, type GpIdentifiedPerson } from './list-gp-identified-people';

export type RecordGpContactAttemptRequest = components['schemas']['RecordGpContactAttemptRequest'];
export type RecordGpContactAttemptInput = { nhsNumber: string; body: RecordGpContactAttemptRequest };

export async function recordGpContactAttempt({ nhsNumber, body }: RecordGpContactAttemptInput): Promise<GpIdentifiedPerson> {
  const { data } = await apiClient.POST('/api/gp-identified-people/{nhsNumber}/contact-attempts', { params: { path: { nhsNumber } }, body });
  return required(data);
}

/** RecordGpContactAttempt: declined or not a carer take the person off the worklist; could not reach keeps them on. */
export function useRecordGpContactAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordGpContactAttempt,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: gpWorklistKey, refetchType: 'all' }),
  });
}
