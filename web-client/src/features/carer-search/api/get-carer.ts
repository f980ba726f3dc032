import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { withAccessReason, type AccessReason } from '@/lib/api/access-reason';
import { queryKeys } from '@/lib/api/query-keys';
import type { CarerRecord } from '@/lib/api/types';

export async function getCarer(carerId: string, reason: AccessReason, signal?: AbortSignal): Promise<CarerRecord> {
  const { data } = await apiClient.GET('/api/carers/{carerId}', { params: { path: { carerId }, header: withAccessReason(reason) }, signal });
  return required(data);
}

/** GetCarer: a carer's whole record, for staff, read for the reason the officer gave (audited by the API with it). */
export const getCarerQueryOptions = (carerId: string, reason: AccessReason) =>
  queryOptions({
    queryKey: queryKeys.carer(carerId),
    queryFn: ({ signal }) => getCarer(carerId, reason, signal),
  });

/** Waits for a reason: nothing is read until the officer has said why. */
export function useCarer(carerId: string, reason: AccessReason | undefined) {
  return useQuery({ ...getCarerQueryOptions(carerId, reason ?? 'casework'), enabled: reason !== undefined });
}
