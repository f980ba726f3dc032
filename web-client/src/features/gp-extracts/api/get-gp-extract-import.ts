import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { GpExtractImport } from '@/lib/api/types';
import { isImportFinished } from '../import-progress';

/** How often the progress page asks, while the import runs. */
export const importPollMilliseconds = 500;

export const gpExtractImportKey = (importId: string) => ['gp-extracts', importId] as const;

export async function getGpExtractImport(importId: string, signal?: AbortSignal): Promise<GpExtractImport> {
  const { data } = await apiClient.GET('/api/gp-extracts/{importId}', { params: { path: { importId } }, signal });
  return required(data);
}

/** GetGpExtractImport: progress, counts and the refused rows, asked again every 500 ms until it ends. */
export const getGpExtractImportQueryOptions = (importId: string) =>
  queryOptions({
    queryKey: gpExtractImportKey(importId),
    queryFn: ({ signal }) => getGpExtractImport(importId, signal),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && isImportFinished(query.state.data.status) ? false : importPollMilliseconds),
    // Keep polling when the person switches tab: the report is waiting when they come back.
    refetchIntervalInBackground: true,
  });

export function useGpExtractImport(importId: string) {
  return useQuery(getGpExtractImportQueryOptions(importId));
}
