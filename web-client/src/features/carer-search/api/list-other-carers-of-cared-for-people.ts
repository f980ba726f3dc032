import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { withAccessReason, type AccessReason } from '@/lib/api/access-reason';
import { queryKeys } from '@/lib/api/query-keys';

/**
 * ListOtherCarersOfCaredForPeople: for each person this carer cares for, the other carers of the same person (staff only).
 * The first 100 are plenty for one carer's page; a carer may care for at most 20 people at once.
 */
export const listOtherCarersQueryOptions = (carerId: string, reason: AccessReason) =>
  queryOptions({
    queryKey: [...queryKeys.carer(carerId), 'other-carers'] as const,
    queryFn: async ({ signal }) => {
      const { data } = await apiClient.GET('/api/carers/{carerId}/other-carers', {
        params: { path: { carerId }, query: { limit: 100 }, header: withAccessReason(reason) },
        signal,
      });
      return required(data).items ?? [];
    },
  });

export function useOtherCarers(carerId: string, reason: AccessReason) {
  return useQuery(listOtherCarersQueryOptions(carerId, reason));
}
