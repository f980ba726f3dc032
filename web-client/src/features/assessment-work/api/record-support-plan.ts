import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { RecordSupportPlanRequest, StaffAssessment, Versioned } from '@/lib/api/types';
import { keepChangedAssessment } from './get-assessment';

/** `etag`: the ETag of the assessment as the page read it (GetAssessment), sent as If-Match. */
export type RecordSupportPlanInput = { assessmentId: string; etag: string | null; body: RecordSupportPlanRequest };

/** RecordSupportPlan (s25): needs, how each is met, the personal budget, any direct payment and the next review. A 412 means someone changed the assessment since it was read. */
export async function recordSupportPlan({ assessmentId, etag, body }: RecordSupportPlanInput): Promise<Versioned<StaffAssessment>> {
  const { data, response } = await apiClient.PUT('/api/assessments/{assessmentId}/support-plan', {
    // An empty If-Match counts as none: the API answers 428, which the page treats like a 412.
    params: { path: { assessmentId }, header: { 'If-Match': etag ?? '' } },
    body,
  });
  return { data: required(data), etag: etagOf(response) };
}

export function useRecordSupportPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordSupportPlan,
    onSuccess: (changed) => keepChangedAssessment(queryClient, changed),
  });
}
