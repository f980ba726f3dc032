import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { FeedbackItem, RecordFeedbackForCarerRequest } from '@/lib/api/types';
import { complaintsKey } from './list-complaint-queue';

/** RecordFeedbackForCarer: a complaint or compliment that came by phone, letter, email or in person, with when it was received. */
export async function recordFeedbackForCarer(body: RecordFeedbackForCarerRequest): Promise<FeedbackItem> {
  const { data } = await apiClient.POST('/api/feedback', { body });
  return required(data);
}

export function useRecordFeedbackForCarer() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordFeedbackForCarer, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...complaintsKey, 'page'] }) });
}
