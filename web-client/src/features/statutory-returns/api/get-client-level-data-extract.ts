import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { fileNameFrom } from '@/lib/download';
import { cldFallbackName } from '../returns';

export type ReturnFile = { blob: Blob; fileName: string };

/** GetClientLevelDataExtract: the CLD rows for carers for a financial year or one quarter of it, as CSV (managers only). */
export async function getClientLevelDataExtract(year: number, quarter: number | undefined): Promise<ReturnFile> {
  const query = quarter === undefined ? { year, format: 'csv' } : { year, quarter, format: 'csv' };
  const { data, response } = await apiClient.GET('/api/statutory-returns/client-level-data', { params: { query }, parseAs: 'blob' });
  const blob = data instanceof Blob ? data : new Blob([], { type: 'text/csv' });
  return { blob, fileName: fileNameFrom(response.headers.get('Content-Disposition'), cldFallbackName(year, quarter)) };
}

export function useDownloadClientLevelData() {
  return useMutation({ mutationFn: ({ year, quarter }: { year: number; quarter: number | undefined }) => getClientLevelDataExtract(year, quarter) });
}
