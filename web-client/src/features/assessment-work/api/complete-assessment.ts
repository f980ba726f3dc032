import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import type { CompleteAssessmentRequest } from '@/lib/api/types';
import { assessmentWorkKeys } from './keys';

export type CompleteAssessmentInput = { assessmentId: string; body: CompleteAssessmentRequest };

/** CompleteAssessment: the eligibility decision with its reasons (and private notes). */
export async function completeAssessment({ assessmentId, body }: CompleteAssessmentInput): Promise<void> {
  await apiClient.POST('/api/assessments/{assessmentId}/completion', { params: { path: { assessmentId } }, body });
}

export function useCompleteAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeAssessment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentWorkKeys.all }),
  });
}
