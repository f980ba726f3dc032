import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { fileNameFrom } from '@/lib/download';
import { fallbackFileName, type ExportFormat } from '../requests';
import type { DataFile } from './export-my-data';

/** ExportSubjectAccessRequest: the carer's export for a request, to send to them (audited with the reason dataProtectionRequest). */
export async function exportSubjectAccessRequest(requestId: string, format: ExportFormat): Promise<DataFile> {
  const { data, response } = await apiClient.GET('/api/subject-access-requests/{requestId}/export', {
    params: { path: { requestId }, query: { format } },
    parseAs: 'blob',
  });
  const blob = data instanceof Blob ? data : new Blob([], { type: format === 'html' ? 'text/html' : 'application/json' });
  return { blob, fileName: fileNameFrom(response.headers.get('Content-Disposition'), fallbackFileName(format)) };
}

export function useExportSubjectAccessRequest(requestId: string) {
  return useMutation({ mutationFn: (format: ExportFormat) => exportSubjectAccessRequest(requestId, format) });
}
