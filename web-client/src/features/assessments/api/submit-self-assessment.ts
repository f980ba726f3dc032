import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { Assessment, Versioned } from '@/lib/api/types';
import { assessmentKeys } from './keys';

/** `etag`: the ETag of the assessment as the page read it (GetMyAssessment), sent as If-Match. */
export type SubmitSelfAssessmentInput = { assessmentId: string; etag: string | null };

/** SubmitSelfAssessment: sends the answers to an assessor to confirm. A 412 means the assessment changed since it was read. */
export async function submitSelfAssessment({ assessmentId, etag }: SubmitSelfAssessmentInput): Promise<Versioned<Assessment>> {
  const { data, response } = await apiClient.POST('/api/me/carer/assessments/{assessmentId}/submission', {
    params: { path: { assessmentId }, header: { 'If-Match': etag ?? '' } },
  });
  return { data: required(data), etag: etagOf(response) };
}

export function useSubmitSelfAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitSelfAssessment,
    // Only the list: refetching this assessment now would send its (no longer editable) page away before the confirmation.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all, exact: true }),
  });
}
