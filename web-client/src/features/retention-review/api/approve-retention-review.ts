import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { RetentionReview } from '@/lib/api/types';
import { retentionKey } from './list-retention-reviews';

/** ApproveRetentionReview: with If-Match (412 stale, 428 missing, 409 no longer open). */
export async function approveRetentionReview({ reviewId, etag }: { reviewId: string; etag: string }): Promise<RetentionReview> {
  const { data } = await apiClient.POST('/api/retention/reviews/{reviewId}/approval', { params: { path: { reviewId }, header: { 'If-Match': etag } } });
  return required(data);
}

export function useApproveRetentionReview() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: approveRetentionReview, onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKey }) });
}
