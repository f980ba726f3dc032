import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { withAccessReason } from '@/lib/api/access-reason';
import { apiClient, required } from '@/lib/api/client';
import type { AssessmentQueueName, AssessmentQueuePage } from '@/lib/api/types';
import { assessmentWorkKeys } from './keys';

/** ListAssessmentQueue: one work queue, 50 a page, oldest first; the review queues are read for review, the others for casework (decision 0025). */
export async function listAssessmentQueue(queue: AssessmentQueueName, cursor: string | undefined, signal?: AbortSignal): Promise<AssessmentQueuePage> {
  const { data } = await apiClient.GET('/api/assessment-queues/{queue}', {
    params: {
      path: { queue },
      query: { limit: 50, ...(cursor ? { cursor } : {}) },
      header: withAccessReason(queue === 'reviewsDue' || queue === 'reviewsOverdue' ? 'review' : 'casework'),
    },
    signal,
  });
  return required(data);
}

export const listAssessmentQueueQueryOptions = (queue: AssessmentQueueName, cursor: string | undefined) =>
  queryOptions({
    queryKey: assessmentWorkKeys.queue(queue, cursor),
    queryFn: ({ signal }) => listAssessmentQueue(queue, cursor, signal),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });

export function useAssessmentQueue(queue: AssessmentQueueName, cursor: string | undefined) {
  return useQuery(listAssessmentQueueQueryOptions(queue, cursor));
}
