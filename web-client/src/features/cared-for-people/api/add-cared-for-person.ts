import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { AddCaredForPersonRequest, CaredForPerson } from '@/lib/api/types';

export async function addCaredForPerson(body: AddCaredForPersonRequest): Promise<CaredForPerson> {
  const { data } = await apiClient.POST('/api/me/carer/cared-for-people', { body });
  return required(data);
}

/** AddCaredForPerson; the carer's record is read again to show the new person. */
export function useAddCaredForPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addCaredForPerson,
    // Awaited, so the page shown next already lists the change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.myCarerRecord }),
  });
}
