import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { CarerRecord, UpdateMyCarerRecordRequest, Versioned } from '@/lib/api/types';

export type UpdateMyCarerRecordInput = { body: UpdateMyCarerRecordRequest; etag: string | null };

/**
 * UpdateMyCarerRecord, sent with `If-Match` set to the ETag the form was filled from. A 412
 * means the record changed since (another tab, or council staff); a 428 that no ETag was known.
 */
export async function updateMyCarerRecord({ body, etag }: UpdateMyCarerRecordInput): Promise<Versioned<CarerRecord>> {
  const { data, response } = await apiClient.PUT('/api/me/carer', {
    body,
    // An empty If-Match counts as none: the API answers 428, which the form explains.
    params: { header: { 'If-Match': etag ?? '' } },
  });
  return { data: required(data), etag: etagOf(response) };
}

export function useUpdateMyCarerRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyCarerRecord,
    onSuccess: async (record) => {
      if (record.etag) queryClient.setQueryData(queryKeys.myCarerRecord, record);
      else await queryClient.invalidateQueries({ queryKey: queryKeys.myCarerRecord });
    },
  });
}
