import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { SelfAssessmentAnswers, StaffAssessment, Versioned } from '@/lib/api/types';
import { keepChangedAssessment } from './get-assessment';

export type SaveAssessmentRecordInput = { assessmentId: string; record: SelfAssessmentAnswers; etag: string | null };

/**
 * SaveAssessmentRecord: the assessor's whole record so far, sent with If-Match set to the ETag the page
 * was filled from. A 412 means a colleague (or another tab) saved it since.
 */
export async function saveAssessmentRecord({ assessmentId, record, etag }: SaveAssessmentRecordInput): Promise<Versioned<StaffAssessment>> {
  const { data, response } = await apiClient.PUT('/api/assessments/{assessmentId}/record', {
    params: { path: { assessmentId }, header: { 'If-Match': etag ?? '' } },
    body: record,
  });
  return { data: required(data), etag: etagOf(response) };
}

export function useSaveAssessmentRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveAssessmentRecord,
    onSuccess: (saved) => keepChangedAssessment(queryClient, saved),
  });
}
