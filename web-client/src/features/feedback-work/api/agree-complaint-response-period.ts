import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { ComplaintRecord, AgreeComplaintResponsePeriodRequest } from '@/lib/api/types';
import { complaintKey } from './get-complaint';
import { complaintsKey } from './list-complaint-queue';

/** AgreeComplaintResponsePeriod: the response date agreed with the carer (409 before acknowledgement or once answered), with If-Match (412 stale, 428 missing). */
export async function agreeComplaintResponsePeriod({ complaintId, etag, body }: { complaintId: string; etag: string; body: AgreeComplaintResponsePeriodRequest }): Promise<ComplaintRecord> {
  const { data } = await apiClient.POST('/api/feedback/complaints/{complaintId}/response-period', {
    params: { path: { complaintId }, header: { 'If-Match': etag } },
    body,
  });
  return required(data);
}

export function useAgreeComplaintResponsePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: agreeComplaintResponsePeriod,
    onSuccess: (record) => {
      queryClient.setQueryData(complaintKey(record.complaint.id), record);
      void queryClient.invalidateQueries({ queryKey: [...complaintsKey, 'page'] });
    },
  });
}
