import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { InformationRequest, RecordInformationSentRequest } from '@/lib/api/types';
import { informationQueueKey } from './list-information-request-queue';

/** RecordInformationSent: how and when, with If-Match (412 stale, 428 missing, 409 already closed). */
export async function recordInformationSent({ requestId, etag, body }: { requestId: string; etag: string; body: RecordInformationSentRequest }): Promise<InformationRequest> {
  const { data } = await apiClient.POST('/api/information-requests/{requestId}/sent', {
    params: { path: { requestId }, header: { 'If-Match': etag } },
    body,
  });
  return required(data);
}

export function useRecordInformationSent() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordInformationSent, onSuccess: () => queryClient.invalidateQueries({ queryKey: informationQueueKey }) });
}
