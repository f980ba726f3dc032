import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { RejectRetentionReviewRequest, RetentionReview } from '@/lib/api/types';
import { retentionKey } from './list-retention-reviews';

/** RejectRetentionReview: keep the record, with the reason and If-Match. */
export async function rejectRetentionReview({ reviewId, etag, body }: { reviewId: string; etag: string; body: RejectRetentionReviewRequest }): Promise<RetentionReview> {
  const { data } = await apiClient.POST('/api/retention/reviews/{reviewId}/rejection', { params: { path: { reviewId }, header: { 'If-Match': etag } }, body });
  return required(data);
}

export function useRejectRetentionReview() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: rejectRetentionReview, onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKey }) });
}
