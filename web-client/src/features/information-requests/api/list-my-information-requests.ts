import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { InformationRequest } from '@/lib/api/types';

export const myInformationRequestsKey = ['me', 'information-requests'] as const;

/** ListMyInformationRequests: the carer's requests, newest first (the first 100). */
export async function listMyInformationRequests(signal?: AbortSignal): Promise<InformationRequest[]> {
  const { data } = await apiClient.GET('/api/me/carer/information-requests', { params: { query: { limit: 100 } }, signal });
  return required(data).items;
}

export function useMyInformationRequests() {
  return useQuery(
    queryOptions({ queryKey: myInformationRequestsKey, queryFn: ({ signal }) => listMyInformationRequests(signal), staleTime: 0 }),
  );
}
