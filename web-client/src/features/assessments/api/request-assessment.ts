import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { Assessment, Versioned } from '@/lib/api/types';
import { assessmentKeys } from './keys';

/** RequestAssessment: a supported self-assessment (started now) or one with an assessor. 409 if one is open. */
export async function requestAssessment(selfAssessment: boolean): Promise<Versioned<Assessment>> {
  const { data, response } = await apiClient.POST('/api/me/carer/assessments', { body: { selfAssessment } });
  return { data: required(data), etag: etagOf(response) };
}

export function useRequestAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestAssessment,
    onSuccess: async (assessment) => {
      queryClient.setQueryData(assessmentKeys.one(assessment.data.id), assessment);
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.all, exact: true });
    },
  });
}
