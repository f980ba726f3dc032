import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { ComplaintRecord, AcknowledgeComplaintRequest } from '@/lib/api/types';
import { complaintKey } from './get-complaint';
import { complaintsKey } from './list-complaint-queue';

/** AcknowledgeComplaint: the complaint acknowledged, and when (409 once acknowledged), with If-Match (412 stale, 428 missing). */
export async function acknowledgeComplaint({ complaintId, etag, body }: { complaintId: string; etag: string; body: AcknowledgeComplaintRequest }): Promise<ComplaintRecord> {
  const { data } = await apiClient.POST('/api/feedback/complaints/{complaintId}/acknowledgement', {
    params: { path: { complaintId }, header: { 'If-Match': etag } },
    body,
  });
  return required(data);
}

export function useAcknowledgeComplaint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeComplaint,
    onSuccess: (record) => {
      queryClient.setQueryData(complaintKey(record.complaint.id), record);
      void queryClient.invalidateQueries({ queryKey: [...complaintsKey, 'page'] });
    },
  });
}
