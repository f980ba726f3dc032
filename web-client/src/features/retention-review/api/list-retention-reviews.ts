import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { RetentionReview, RetentionReviewPage } from '@/lib/api/types';

export const retentionKey = ['retention'] as const;

/** ListRetentionReviews: records past their retention date, by due date; cursor paged. */
export async function listRetentionReviews(cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<RetentionReviewPage> {
  const { data } = await apiClient.GET('/api/retention/reviews', { params: { query: { limit, ...(cursor ? { cursor } : {}) } }, signal });
  return required(data);
}

export function useRetentionReviews(cursor: string | undefined) {
  return useQuery({ queryKey: [...retentionKey, 'reviews', cursor ?? null], queryFn: ({ signal }) => listRetentionReviews(cursor, 50, signal), staleTime: 0 });
}

/** The contract has no read of one review: it is found in the queue, up to 10 pages of 100. */
export async function findRetentionReview(reviewId: string, signal?: AbortSignal): Promise<RetentionReview | null> {
  let cursor: string | undefined;
  for (let page = 0; page < 10; page += 1) {
    const result = await listRetentionReviews(cursor, 100, signal);
    const found = result.items.find((item) => item.id === reviewId);
    if (found) return found;
    if (!result.nextCursor) return null;
    cursor = result.nextCursor;
  }
  return null;
}

export function useRetentionReview(reviewId: string) {
  return useQuery({ queryKey: [...retentionKey, 'review', reviewId], queryFn: ({ signal }) => findRetentionReview(reviewId, signal), staleTime: 0 });
}

export function useReloadRetention() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: retentionKey });
}
