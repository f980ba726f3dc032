import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { fileNameFrom } from '@/lib/download';
import { fallbackFileName, type ExportFormat } from '../requests';

export type DataFile = { blob: Blob; fileName: string };

/** ExportMyData: everything held about the signed-in carer, as JSON or a printable HTML page, fetched with the bearer token. */
export async function exportMyData(format: ExportFormat): Promise<DataFile> {
  const { data, response } = await apiClient.GET('/api/me/data-export', { params: { query: { format } }, parseAs: 'blob' });
  const blob = data instanceof Blob ? data : new Blob([], { type: format === 'html' ? 'text/html' : 'application/json' });
  return { blob, fileName: fileNameFrom(response.headers.get('Content-Disposition'), fallbackFileName(format)) };
}

export function useExportMyData() {
  return useMutation({ mutationFn: exportMyData });
}
