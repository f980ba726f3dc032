import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { CarerRecord } from '@/lib/api/types';

export async function getCarer(carerId: string, signal?: AbortSignal): Promise<CarerRecord> {
  const { data } = await apiClient.GET('/api/carers/{carerId}', { params: { path: { carerId } }, signal });
  return required(data);
}

/** GetCarer: a carer's whole record, for staff. Every read is audited by the API. */
export const getCarerQueryOptions = (carerId: string) =>
  queryOptions({
    queryKey: queryKeys.carer(carerId),
    queryFn: ({ signal }) => getCarer(carerId, signal),
  });

export function useCarer(carerId: string) {
  return useQuery(getCarerQueryOptions(carerId));
}
