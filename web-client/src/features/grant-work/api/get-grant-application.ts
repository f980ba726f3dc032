import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { GrantApplication } from '@/lib/api/types';
import { grantApplicationsKey } from './list-grant-applications';

/** GetGrantApplication: one application with its eTag (for If-Match), wherever it is in the queues; 404 for none. */
export async function getGrantApplication(grantId: string, signal?: AbortSignal): Promise<GrantApplication> {
  const { data } = await apiClient.GET('/api/grant-applications/{grantId}', { params: { path: { grantId } }, signal });
  return required(data);
}

export const getGrantApplicationQueryOptions = (grantId: string) =>
  queryOptions({ queryKey: [...grantApplicationsKey, 'one', grantId], queryFn: ({ signal }) => getGrantApplication(grantId, signal), staleTime: 0 });

export function useGrantApplication(grantId: string) {
  return useQuery(getGrantApplicationQueryOptions(grantId));
}
