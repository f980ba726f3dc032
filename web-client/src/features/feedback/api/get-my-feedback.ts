import { useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { FeedbackItem } from '@/lib/api/types';
import { myFeedbackKey } from './list-my-feedback';

/** GetMyFeedback: one of the carer's complaints or compliments, with each step and the response. */
export async function getMyFeedback(feedbackId: string, signal?: AbortSignal): Promise<FeedbackItem> {
  const { data } = await apiClient.GET('/api/me/carer/feedback/{feedbackId}', { params: { path: { feedbackId } }, signal });
  return required(data);
}

export function useMyFeedbackItem(feedbackId: string) {
  return useQuery({ queryKey: [...myFeedbackKey, feedbackId], queryFn: ({ signal }) => getMyFeedback(feedbackId, signal), staleTime: 0 });
}
