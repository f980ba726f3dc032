import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { Break } from '@/lib/api/types';
import { breakKeys } from './keys';

/** ListMyBreaks: the carer's breaks, latest first (at most 50). */
export async function listMyBreaks(signal?: AbortSignal): Promise<Break[]> {
  const { data } = await apiClient.GET('/api/me/carer/breaks', { signal });
  return required(data).items;
}

export const listMyBreaksQueryOptions = () => queryOptions({ queryKey: breakKeys.mine, queryFn: ({ signal }) => listMyBreaks(signal), staleTime: 0 });

export function useMyBreaks() {
  return useQuery(listMyBreaksQueryOptions());
}
