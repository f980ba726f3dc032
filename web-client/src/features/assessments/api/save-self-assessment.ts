import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { Assessment, SelfAssessmentAnswers, Versioned } from '@/lib/api/types';
import { assessmentKeys } from './keys';

export type SaveSelfAssessmentInput = { assessmentId: string; answers: SelfAssessmentAnswers; etag: string | null };

/**
 * SaveSelfAssessment: every answer so far, sent with If-Match set to the ETag the page was
 * filled from. A 412 means the answers were saved elsewhere since (another tab or device).
 */
export async function saveSelfAssessment({ assessmentId, answers, etag }: SaveSelfAssessmentInput): Promise<Versioned<Assessment>> {
  const { data, response } = await apiClient.PUT('/api/me/carer/assessments/{assessmentId}/answers', {
    params: { path: { assessmentId }, header: { 'If-Match': etag ?? '' } },
    body: answers,
  });
  return { data: required(data), etag: etagOf(response) };
}

export function useSaveSelfAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSelfAssessment,
    onSuccess: async (assessment) => {
      if (assessment.etag) queryClient.setQueryData(assessmentKeys.one(assessment.data.id), assessment);
      else await queryClient.invalidateQueries({ queryKey: assessmentKeys.one(assessment.data.id) });
    },
  });
}
