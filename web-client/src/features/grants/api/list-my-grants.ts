import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { GrantApplication } from '@/lib/api/types';

export const myGrantsKey = ['me', 'grants'] as const;

/** ListMyGrants: the carer's grant applications. */
export async function listMyGrants(signal?: AbortSignal): Promise<GrantApplication[]> {
  const { data } = await apiClient.GET('/api/me/carer/grants', { signal });
  return required(data).items;
}

export const listMyGrantsQueryOptions = () => queryOptions({ queryKey: myGrantsKey, queryFn: ({ signal }) => listMyGrants(signal), staleTime: 0 });

export function useMyGrants() {
  return useQuery(listMyGrantsQueryOptions());
}
