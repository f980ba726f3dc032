import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { AddCaredForPersonRequest, CaredForPerson } from '@/lib/api/types';

export async function addCaredForPersonForCarer({ carerId, body }: { carerId: string; body: AddCaredForPersonRequest }): Promise<CaredForPerson> {
  const { data } = await apiClient.POST('/api/carers/{carerId}/cared-for-people', { params: { path: { carerId } }, body });
  return required(data);
}

/** AddCaredForPersonForCarer: staff add someone a carer cares for; someone already held is linked, not copied. */
export function useAddCaredForPersonForCarer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addCaredForPersonForCarer,
    // Awaited, so the record shown next already lists the person and their other carers.
    onSuccess: (_, { carerId }) => queryClient.invalidateQueries({ queryKey: queryKeys.carer(carerId) }),
  });
}
