import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { assessmentKeys } from './keys';

export type DeclineAssessmentInput = { assessmentId: string; reason: string };

/** DeclineAssessment: the carer's right to refuse (Care Act s11); the council offers again at the next review. */
export async function declineAssessment({ assessmentId, reason }: DeclineAssessmentInput): Promise<void> {
  await apiClient.POST('/api/me/carer/assessments/{assessmentId}/decline', {
    params: { path: { assessmentId } },
    body: { reason: reason.trim() || null },
  });
}

export function useDeclineAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineAssessment,
    // Only the list: refetching this assessment now would send its (no longer editable) page away before the confirmation.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all, exact: true }),
  });
}
