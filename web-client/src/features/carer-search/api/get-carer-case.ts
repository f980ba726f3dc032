import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { withAccessReason, type AccessReason } from '@/lib/api/access-reason';
import { queryKeys } from '@/lib/api/query-keys';
import type { CarerCase } from '@/lib/api/types';

export async function getCarerCase(carerId: string, reason: AccessReason, signal?: AbortSignal): Promise<CarerCase> {
  const { data } = await apiClient.GET('/api/carers/{carerId}/case', { params: { path: { carerId }, header: withAccessReason(reason) }, signal });
  return required(data);
}

/**
 * GetCarerCase: the carer's whole case (assessments and plans, grants, breaks, emergency plans, partners, GP flags, feedback,
 * information requests) in one request, for the reason the officer gave; each section is newest first with its total.
 */
export const getCarerCaseQueryOptions = (carerId: string, reason: AccessReason) =>
  queryOptions({
    queryKey: [...queryKeys.carer(carerId), 'case'] as const,
    queryFn: ({ signal }) => getCarerCase(carerId, reason, signal),
  });

export function useCarerCase(carerId: string, reason: AccessReason) {
  return useQuery(getCarerCaseQueryOptions(carerId, reason));
}
