import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { MoveAssessmentRequest, StaffAssessment, Versioned } from '@/lib/api/types';
import { keepChangedAssessment } from './get-assessment';

/** `etag`: the ETag of the assessment as the page read it (GetAssessment), sent as If-Match. */
export type MoveAssessmentInput = { assessmentId: string; etag: string | null; body: MoveAssessmentRequest };

/** MoveAssessment: offered, scheduled (with a date) or in progress; an illegal move answers 409. A 412 means someone changed the assessment since it was read. */
export async function moveAssessment({ assessmentId, etag, body }: MoveAssessmentInput): Promise<Versioned<StaffAssessment>> {
  const { data, response } = await apiClient.POST('/api/assessments/{assessmentId}/moves', {
    // An empty If-Match counts as none: the API answers 428, which the page treats like a 412.
    params: { path: { assessmentId }, header: { 'If-Match': etag ?? '' } },
    body,
  });
  return { data: required(data), etag: etagOf(response) };
}

export function useMoveAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveAssessment,
    onSuccess: (changed) => keepChangedAssessment(queryClient, changed),
  });
}
