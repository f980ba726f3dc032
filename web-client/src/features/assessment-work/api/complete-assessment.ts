import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { CompleteAssessmentRequest, StaffAssessment, Versioned } from '@/lib/api/types';
import { keepChangedAssessment } from './get-assessment';

/** `etag`: the ETag of the assessment as the page read it (GetAssessment), sent as If-Match. */
export type CompleteAssessmentInput = { assessmentId: string; etag: string | null; body: CompleteAssessmentRequest };

/** CompleteAssessment: the eligibility decision with its reasons (and private notes). A 412 means someone changed the assessment since it was read. */
export async function completeAssessment({ assessmentId, etag, body }: CompleteAssessmentInput): Promise<Versioned<StaffAssessment>> {
  const { data, response } = await apiClient.POST('/api/assessments/{assessmentId}/completion', {
    // An empty If-Match counts as none: the API answers 428, which the page treats like a 412.
    params: { path: { assessmentId }, header: { 'If-Match': etag ?? '' } },
    body,
  });
  return { data: required(data), etag: etagOf(response) };
}

export function useCompleteAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeAssessment,
    onSuccess: (changed) => keepChangedAssessment(queryClient, changed),
  });
}
