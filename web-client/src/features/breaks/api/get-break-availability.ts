import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { BreakAvailabilityDay, BreakType } from '@/lib/api/types';
import { breakKeys } from './keys';

export type AvailabilityQuery = { breakType: BreakType; from: string; to: string };

/** GetBreakAvailability: places left per provider on each day it works, for one type of break (up to 62 days). */
export async function getBreakAvailability({ breakType, from, to }: AvailabilityQuery, signal?: AbortSignal): Promise<BreakAvailabilityDay[]> {
  const { data } = await apiClient.GET('/api/break-availability', { params: { query: { breakType, from, to } }, signal });
  return required(data).days;
}

export const getBreakAvailabilityQueryOptions = (query: AvailabilityQuery) =>
  queryOptions({
    queryKey: breakKeys.availabilityFor(query.breakType, query.from, query.to),
    queryFn: ({ signal }) => getBreakAvailability(query, signal),
    // Places go quickly: read them afresh each time the calendar is shown.
    staleTime: 0,
  });

export function useBreakAvailability(query: AvailabilityQuery | null) {
  return useQuery({
    ...getBreakAvailabilityQueryOptions(query ?? { breakType: 'shortBreak', from: '', to: '' }),
    enabled: query !== null,
  });
}
