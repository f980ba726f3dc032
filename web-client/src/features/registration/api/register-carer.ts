import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { CarerRecord, RegisterCarerRequest, Versioned } from '@/lib/api/types';

export async function registerCarer(body: RegisterCarerRequest): Promise<Versioned<CarerRecord>> {
  const { data, response } = await apiClient.POST('/api/me/carer', { body });
  return { data: required(data), etag: etagOf(response) };
}

/**
 * RegisterCarer. The caller stores the new record (and its ETag) as the signed-in carer's record
 * with the returned `remember` once it has moved on to the confirmation page, so the carer area
 * never sees "registered" while still on a question page.
 */
export function useRegisterCarer() {
  const queryClient = useQueryClient();
  const mutation = useMutation({ mutationFn: registerCarer });
  const remember = (record: Versioned<CarerRecord>) => queryClient.setQueryData(queryKeys.myCarerRecord, record);
  return { ...mutation, remember };
}
