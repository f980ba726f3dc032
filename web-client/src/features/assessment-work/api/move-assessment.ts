import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import type { MoveAssessmentRequest } from '@/lib/api/types';
import { assessmentWorkKeys } from './keys';

export type MoveAssessmentInput = { assessmentId: string; body: MoveAssessmentRequest };

/** MoveAssessment: offered, scheduled (with a date) or in progress; an illegal move answers 409. */
export async function moveAssessment({ assessmentId, body }: MoveAssessmentInput): Promise<void> {
  await apiClient.POST('/api/assessments/{assessmentId}/moves', { params: { path: { assessmentId } }, body });
}

export function useMoveAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveAssessment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentWorkKeys.all }),
  });
}
