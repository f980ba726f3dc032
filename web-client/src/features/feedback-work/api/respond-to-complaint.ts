import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { ComplaintRecord, RespondToComplaintRequest } from '@/lib/api/types';
import { complaintKey } from './get-complaint';
import { complaintsKey } from './list-complaint-queue';

/** RespondToComplaint: the outcome, the response and what will change (409 before acknowledgement or once answered), with If-Match (412 stale, 428 missing). */
export async function respondToComplaint({ complaintId, etag, body }: { complaintId: string; etag: string; body: RespondToComplaintRequest }): Promise<ComplaintRecord> {
  const { data } = await apiClient.POST('/api/feedback/complaints/{complaintId}/response', {
    params: { path: { complaintId }, header: { 'If-Match': etag } },
    body,
  });
  return required(data);
}

export function useRespondToComplaint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: respondToComplaint,
    onSuccess: (record) => {
      queryClient.setQueryData(complaintKey(record.complaint.id), record);
      void queryClient.invalidateQueries({ queryKey: [...complaintsKey, 'page'] });
    },
  });
}
