import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { HistoricImportStatus } from '@/lib/api/types';
import { historicImportKey } from './get-historic-import';

export async function uploadHistoricImport(csv: string): Promise<HistoricImportStatus> {
  const { data } = await apiClient.POST('/api/historic-imports', {
    body: csv,
    // The file goes as it is, not as JSON.
    bodySerializer: (body) => body,
    headers: { 'Content-Type': 'text/csv' },
  });
  return required(data);
}

/**
 * UploadHistoricImport: the API checks the header at once (400 with an error for `file`) and checks and
 * imports the rows in the background. A file already imported answers with that import. The answer seeds the progress page.
 */
export function useUploadHistoricImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadHistoricImport,
    onSuccess: (status) => queryClient.setQueryData(historicImportKey(status.id), status),
  });
}
