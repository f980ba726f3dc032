import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { assessmentKeys } from './keys';

/** SubmitSelfAssessment: sends the answers to an assessor to confirm. */
export async function submitSelfAssessment(assessmentId: string): Promise<void> {
  await apiClient.POST('/api/me/carer/assessments/{assessmentId}/submission', { params: { path: { assessmentId } } });
}

export function useSubmitSelfAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitSelfAssessment,
    // Only the list: refetching this assessment now would send its (no longer editable) page away before the confirmation.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all, exact: true }),
  });
}
