import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { FeedbackItem } from '@/lib/api/types';

export const myFeedbackKey = ['me', 'feedback'] as const;

/** ListMyFeedback: the carer's complaints and compliments, newest first (the first 100). */
export async function listMyFeedback(signal?: AbortSignal): Promise<FeedbackItem[]> {
  const { data } = await apiClient.GET('/api/me/carer/feedback', { params: { query: { limit: 100 } }, signal });
  return required(data).items;
}

export function useMyFeedback() {
  return useQuery(queryOptions({ queryKey: myFeedbackKey, queryFn: ({ signal }) => listMyFeedback(signal), staleTime: 0 }));
}
