import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { FeedbackItem, SendFeedbackRequest } from '@/lib/api/types';
import { myFeedbackKey } from './list-my-feedback';

/** SendFeedback: 201 with the complaint (and its acknowledge-by date) or the compliment. */
export async function sendFeedback(body: SendFeedbackRequest): Promise<FeedbackItem> {
  const { data } = await apiClient.POST('/api/me/carer/feedback', { body });
  return required(data);
}

export function useSendFeedback() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: sendFeedback, onSuccess: () => queryClient.invalidateQueries({ queryKey: myFeedbackKey }) });
}
