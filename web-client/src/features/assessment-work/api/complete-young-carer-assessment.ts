import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import type { CompleteYoungCarerAssessmentRequest } from '@/lib/api/types';
import { assessmentWorkKeys } from './keys';

export type CompleteYoungCarerAssessmentInput = { assessmentId: string; body: CompleteYoungCarerAssessmentRequest; etag: string | null };

/** CompleteYoungCarerAssessment: a young carer's needs assessment decided on its own law (s17ZA to s17ZC), with If-Match. */
export async function completeYoungCarerAssessment({ assessmentId, body, etag }: CompleteYoungCarerAssessmentInput): Promise<void> {
  await apiClient.POST('/api/assessments/{assessmentId}/young-carer-decision', {
    params: { path: { assessmentId }, header: { 'If-Match': etag ?? '' } },
    body,
  });
}

export function useCompleteYoungCarerAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeYoungCarerAssessment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentWorkKeys.all }),
  });
}
