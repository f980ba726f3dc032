import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { ReviewAssessmentRequest, StaffAssessment, Versioned } from '@/lib/api/types';
import { keepChangedAssessment } from './get-assessment';

/** `etag`: the ETag of the assessment as the page read it (GetAssessment), sent as If-Match. */
export type ReviewAssessmentInput = { assessmentId: string; etag: string | null; body: ReviewAssessmentRequest };

/** ReviewAssessment: carries the plan forward to the next review date. A 412 means someone changed the assessment since it was read. */
export async function reviewAssessment({ assessmentId, etag, body }: ReviewAssessmentInput): Promise<Versioned<StaffAssessment>> {
  const { data, response } = await apiClient.POST('/api/assessments/{assessmentId}/review', {
    // An empty If-Match counts as none: the API answers 428, which the page treats like a 412.
    params: { path: { assessmentId }, header: { 'If-Match': etag ?? '' } },
    body,
  });
  return { data: required(data), etag: etagOf(response) };
}

export function useReviewAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewAssessment,
    onSuccess: (changed) => keepChangedAssessment(queryClient, changed),
  });
}
