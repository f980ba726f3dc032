import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { components } from '@/lib/api/schema';
import type { ChangeCarerDetailsRequest } from '../details-values';

export type ChangeCarerDetailsResponse = components['schemas']['ChangeCarerDetailsResponse'];
export type ChangeCarerDetailsInput = { carerId: string; body: ChangeCarerDetailsRequest; etag: string | null };

export async function changeCarerDetails({ carerId, body, etag }: ChangeCarerDetailsInput): Promise<ChangeCarerDetailsResponse> {
  const { data } = await apiClient.PUT('/api/carers/{carerId}', {
    params: { path: { carerId }, header: { 'If-Match': etag ?? '' } },
    body,
  });
  return required(data);
}

/** ChangeCarerDetails with If-Match: 412 when the record changed since it was read; 409 when the matcher stops it. */
export function useChangeCarerDetails() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeCarerDetails,
    onSuccess: (_, { carerId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.carer(carerId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.staffCarers }),
        queryClient.invalidateQueries({ queryKey: ['match-candidates'] }),
      ]),
  });
}
