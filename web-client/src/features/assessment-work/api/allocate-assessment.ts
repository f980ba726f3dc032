import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { StaffAssessment, Versioned } from '@/lib/api/types';
import { keepChangedAssessment } from './get-assessment';

/** `etag`: the ETag of the assessment as the page read it (GetAssessment), sent as If-Match. */
export type AllocateAssessmentInput = { assessmentId: string; etag: string | null; body: { assessor?: string | null } };

/** AllocateAssessment: allocates it (to the signed-in assessor when no assessor is named). A 412 means someone changed the assessment since it was read. */
export async function allocateAssessment({ assessmentId, etag, body }: AllocateAssessmentInput): Promise<Versioned<StaffAssessment>> {
  const { data, response } = await apiClient.POST('/api/assessments/{assessmentId}/allocation', {
    // An empty If-Match counts as none: the API answers 428, which the page treats like a 412.
    params: { path: { assessmentId }, header: { 'If-Match': etag ?? '' } },
    body,
  });
  return { data: required(data), etag: etagOf(response) };
}

export function useAllocateAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: allocateAssessment,
    onSuccess: (changed) => keepChangedAssessment(queryClient, changed),
  });
}
