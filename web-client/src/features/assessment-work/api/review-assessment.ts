import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import type { ReviewAssessmentRequest } from '@/lib/api/types';
import { assessmentWorkKeys } from './keys';

export type ReviewAssessmentInput = { assessmentId: string; body: ReviewAssessmentRequest };

/** ReviewAssessment: carries the plan forward to the next review date. */
export async function reviewAssessment({ assessmentId, body }: ReviewAssessmentInput): Promise<void> {
  await apiClient.POST('/api/assessments/{assessmentId}/review', { params: { path: { assessmentId } }, body });
}

export function useReviewAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewAssessment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentWorkKeys.all }),
  });
}
