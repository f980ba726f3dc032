import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { StaffAssessment, Versioned } from '@/lib/api/types';
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

/** GetAssessment with the ETag it came with, for the If-Match of the record and young-carer decision pages. */
export async function getVersionedAssessment(assessmentId: string, signal?: AbortSignal): Promise<Versioned<StaffAssessment>> {
  const { data, response } = await apiClient.GET('/api/assessments/{assessmentId}', { params: { path: { assessmentId } }, signal });
  return { data: required(data), etag: etagOf(response) };
}

export const versionedAssessmentKey = (assessmentId: string) => [...assessmentWorkKeys.one(assessmentId), 'versioned'] as const;

export function useVersionedAssessment(assessmentId: string) {
  return useQuery(queryOptions({ queryKey: versionedAssessmentKey(assessmentId), queryFn: ({ signal }) => getVersionedAssessment(assessmentId, signal), staleTime: 0 }));
}
