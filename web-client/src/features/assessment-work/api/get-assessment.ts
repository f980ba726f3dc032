import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { StaffAssessment } from '@/lib/api/types';
import { assessmentWorkKeys } from './keys';

/** GetAssessment: the staff view, with allocation and the assessor's private notes. */
export async function getAssessment(assessmentId: string, signal?: AbortSignal): Promise<StaffAssessment> {
  const { data } = await apiClient.GET('/api/assessments/{assessmentId}', { params: { path: { assessmentId } }, signal });
  return required(data);
}

export const getAssessmentQueryOptions = (assessmentId: string) =>
  queryOptions({ queryKey: assessmentWorkKeys.one(assessmentId), queryFn: ({ signal }) => getAssessment(assessmentId, signal), staleTime: 0 });

export function useAssessment(assessmentId: string) {
  return useQuery(getAssessmentQueryOptions(assessmentId));
}
