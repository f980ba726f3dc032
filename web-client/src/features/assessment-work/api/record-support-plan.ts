import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import type { RecordSupportPlanRequest } from '@/lib/api/types';
import { assessmentWorkKeys } from './keys';

export type RecordSupportPlanInput = { assessmentId: string; body: RecordSupportPlanRequest };

/** RecordSupportPlan (s25): needs, how each is met, the personal budget, any direct payment and the next review. */
export async function recordSupportPlan({ assessmentId, body }: RecordSupportPlanInput): Promise<void> {
  await apiClient.PUT('/api/assessments/{assessmentId}/support-plan', { params: { path: { assessmentId } }, body });
}

export function useRecordSupportPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordSupportPlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentWorkKeys.all }),
  });
}
