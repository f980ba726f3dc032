import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { Assessment, Versioned } from '@/lib/api/types';
import { assessmentKeys } from './keys';

/** `etag`: the ETag of the assessment as the page read it (GetMyAssessment), sent as If-Match. */
export type DeclineAssessmentInput = { assessmentId: string; etag: string | null; reason: string };

/**
 * DeclineAssessment: the carer's right to refuse (Care Act s11); the council offers again at the next review.
 * A 412 means the assessment changed since it was read (the council moved it on).
 */
export async function declineAssessment({ assessmentId, etag, reason }: DeclineAssessmentInput): Promise<Versioned<Assessment>> {
  const { data, response } = await apiClient.POST('/api/me/carer/assessments/{assessmentId}/decline', {
    params: { path: { assessmentId }, header: { 'If-Match': etag ?? '' } },
    body: { reason: reason.trim() || null },
  });
  return { data: required(data), etag: etagOf(response) };
}

export function useDeclineAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineAssessment,
    // Only the list: refetching this assessment now would send its (no longer editable) page away before the confirmation.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all, exact: true }),
  });
}
