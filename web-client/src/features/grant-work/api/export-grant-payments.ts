import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { fileNameFrom } from '@/lib/download';
import { grantApplicationsKey } from './list-grant-applications';

export type PaymentFile = { blob: Blob; fileName: string };

/** The file name from Content-Disposition, or one made from today's date. */
export function paymentFileName(contentDisposition: string | null, today: string): string {
  return fileNameFrom(contentDisposition, `grant-payments-${today}.csv`);
}

/** ExportGrantPayments: approved, unpaid grants as a CSV payment file; 409 when there is nothing to export. */
export async function exportGrantPayments(): Promise<PaymentFile> {
  const { data, response } = await apiClient.POST('/api/grant-payment-batches', { parseAs: 'blob' });
  const blob = data instanceof Blob ? data : new Blob([], { type: 'text/csv' });
  return { blob, fileName: paymentFileName(response.headers.get('Content-Disposition'), new Date().toISOString().slice(0, 10)) };
}

export function useExportGrantPayments() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: exportGrantPayments, onSuccess: () => queryClient.invalidateQueries({ queryKey: grantApplicationsKey }) });
}
