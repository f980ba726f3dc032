import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { assessmentWorkKeys } from './keys';

export type AllocateAssessmentInput = { assessmentId: string; body: { assessor?: string | null } };

/** AllocateAssessment: allocates it (to the signed-in assessor when no assessor is named). */
export async function allocateAssessment({ assessmentId, body }: AllocateAssessmentInput): Promise<void> {
  await apiClient.POST('/api/assessments/{assessmentId}/allocation', { params: { path: { assessmentId } }, body });
}

export function useAllocateAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: allocateAssessment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentWorkKeys.all }),
  });
}
