import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { HistoricImportStatus } from '@/lib/api/types';
import { isHistoricImportFinished } from '../historic-progress';

/** How often the progress page asks while the import runs: every second. */
export const historicImportPollMilliseconds = 1000;

export const historicImportKey = (importId: string) => ['historic-imports', importId] as const;

export async function getHistoricImport(importId: string, signal?: AbortSignal): Promise<HistoricImportStatus> {
  const { data } = await apiClient.GET('/api/historic-imports/{importId}', { params: { path: { importId } }, signal });
  return required(data);
}

/** GetHistoricImport: progress, counts and the problems, asked again every second until it ends. */
export const getHistoricImportQueryOptions = (importId: string) =>
  queryOptions({
    queryKey: historicImportKey(importId),
    queryFn: ({ signal }) => getHistoricImport(importId, signal),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && isHistoricImportFinished(query.state.data.status) ? false : historicImportPollMilliseconds),
    refetchIntervalInBackground: true,
  });

export function useHistoricImport(importId: string) {
  return useQuery(getHistoricImportQueryOptions(importId));
}
