import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { BreakProviders } from '@/lib/api/types';

export const breakProvidersKey = ['break-providers'] as const;

/** ListBreakProviders: each provider, its places a day per type of break and how many are taken on each day it works (up to 31 days). */
export async function listBreakProviders(from: string, to: string, signal?: AbortSignal): Promise<BreakProviders> {
  const { data } = await apiClient.GET('/api/break-providers', { params: { query: { from, to } }, signal });
  return required(data);
}

export const listBreakProvidersQueryOptions = (from: string, to: string) =>
  queryOptions({ queryKey: [...breakProvidersKey, from, to], queryFn: ({ signal }) => listBreakProviders(from, to, signal), staleTime: 0 });

export function useBreakProviders(from: string, to: string) {
  return useQuery(listBreakProvidersQueryOptions(from, to));
}
