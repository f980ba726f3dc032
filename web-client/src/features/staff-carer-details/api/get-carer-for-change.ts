import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import { rememberedAccessReason } from '@/lib/api/access-reason';
import { queryKeys } from '@/lib/api/query-keys';
import type { CarerRecord, Versioned } from '@/lib/api/types';

/**
 * GetCarer with its ETag, for the change form's If-Match. Read afresh each time the form opens, for the reason the
 * officer gave when they opened the record (casework if they came straight here, as after registering someone).
 */
export const getCarerForChangeQueryOptions = (carerId: string) =>
  queryOptions({
    queryKey: [...queryKeys.carer(carerId), 'versioned'] as const,
    queryFn: async ({ signal }): Promise<Versioned<CarerRecord>> => {
      const { data, response } = await apiClient.GET('/api/carers/{carerId}', {
        params: { path: { carerId }, header: { 'Access-Reason': rememberedAccessReason(carerId) ?? 'casework' } },
        signal,
      });
      return { data: required(data), etag: etagOf(response) };
    },
    staleTime: 0,
  });

export function useCarerForChange(carerId: string) {
  return useQuery(getCarerForChangeQueryOptions(carerId));
}
