import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { GpExtractImport } from '@/lib/api/types';
import { gpExtractImportKey } from './get-gp-extract-import';

export type UploadGpExtractInput = { odsCode: string; csv: string };

export async function uploadGpExtract({ odsCode, csv }: UploadGpExtractInput): Promise<GpExtractImport> {
  const { data } = await apiClient.POST('/api/gp-extracts', {
    params: { query: { odsCode } },
    body: csv,
    // The file goes as it is, not as JSON.
    bodySerializer: (body) => body,
    headers: { 'Content-Type': 'text/csv' },
  });
  return required(data);
}

/**
 * UploadGpExtract: the API checks the columns at once (400 with an error for `file` or
 * `odsCode`) and imports the rows in the background. Its answer seeds the progress page.
 */
export function useUploadGpExtract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadGpExtract,
    onSuccess: (status) => queryClient.setQueryData(gpExtractImportKey(status.id), status),
  });
}
