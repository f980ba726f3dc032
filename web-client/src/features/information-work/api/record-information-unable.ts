import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { InformationRequest, RecordInformationUnableRequest } from '@/lib/api/types';
import { informationQueueKey } from './list-information-request-queue';

/** RecordInformationUnable: the reason the carer reads, with If-Match (412 stale, 428 missing, 409 already closed). */
export async function recordInformationUnable({ requestId, etag, body }: { requestId: string; etag: string; body: RecordInformationUnableRequest }): Promise<InformationRequest> {
  const { data } = await apiClient.POST('/api/information-requests/{requestId}/unable', {
    params: { path: { requestId }, header: { 'If-Match': etag } },
    body,
  });
  return required(data);
}

export function useRecordInformationUnable() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordInformationUnable, onSuccess: () => queryClient.invalidateQueries({ queryKey: informationQueueKey }) });
}
