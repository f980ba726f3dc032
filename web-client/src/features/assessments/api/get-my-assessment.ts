import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { Assessment, Versioned } from '@/lib/api/types';
import { assessmentKeys } from './keys';

/** GetMyAssessment, with the ETag the next SaveSelfAssessment sends as If-Match. */
export async function getMyAssessment(assessmentId: string, signal?: AbortSignal): Promise<Versioned<Assessment>> {
  const { data, response } = await apiClient.GET('/api/me/carer/assessments/{assessmentId}', { params: { path: { assessmentId } }, signal });
  return { data: required(data), etag: etagOf(response) };
}

export const getMyAssessmentQueryOptions = (assessmentId: string) =>
  queryOptions({ queryKey: assessmentKeys.one(assessmentId), queryFn: ({ signal }) => getMyAssessment(assessmentId, signal) });

export function useMyAssessment(assessmentId: string) {
  return useQuery(getMyAssessmentQueryOptions(assessmentId));
}

/** Reads the assessment again: after a 412 the question starts afresh from the answers saved elsewhere. */
export function useRefreshMyAssessment(assessmentId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: assessmentKeys.one(assessmentId) });
}
