import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { CarerRecord, Versioned } from '@/lib/api/types';

/** GetCarer with its ETag, for the change form's If-Match. Read afresh each time the form opens. */
export const getCarerForChangeQueryOptions = (carerId: string) =>
  queryOptions({
    queryKey: [...queryKeys.carer(carerId), 'versioned'] as const,
    queryFn: async ({ signal }): Promise<Versioned<CarerRecord>> => {
      const { data, response } = await apiClient.GET('/api/carers/{carerId}', { params: { path: { carerId } }, signal });
      return { data: required(data), etag: etagOf(response) };
    },
    staleTime: 0,
  });

export function useCarerForChange(carerId: string) {
  return useQuery(getCarerForChangeQueryOptions(carerId));
}
