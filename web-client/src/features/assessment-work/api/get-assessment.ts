import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { StaffAssessment, Versioned } from '@/lib/api/types';
import { assessmentWorkKeys } from './keys';

/** GetAssessment: the staff view, with allocation and the assessor's private notes, and the ETag every change sends as If-Match. */
export async function getAssessment(assessmentId: string, signal?: AbortSignal): Promise<Versioned<StaffAssessment>> {
  const { data, response } = await apiClient.GET('/api/assessments/{assessmentId}', { params: { path: { assessmentId } }, signal });
  return { data: required(data), etag: etagOf(response) };
}

export const getAssessmentQueryOptions = (assessmentId: string) =>
  queryOptions({ queryKey: assessmentWorkKeys.one(assessmentId), queryFn: ({ signal }) => getAssessment(assessmentId, signal), staleTime: 0 });

export function useAssessment(assessmentId: string) {
  return useQuery(getAssessmentQueryOptions(assessmentId));
}

/** Reads the assessment again: after a 412 the page shows the latest version (and a form starts afresh from it). */
export function useRefreshAssessment(assessmentId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: assessmentWorkKeys.one(assessmentId) });
}

/** After a change: the answer (with its new ETag) is the assessment as it is now; the queues are read again. */
export async function keepChangedAssessment(queryClient: QueryClient, changed: Versioned<StaffAssessment>) {
  const one = assessmentWorkKeys.one(changed.data.assessment.id);
  if (changed.etag) queryClient.setQueryData(one, changed);
  // Not the assessment just kept: reading it again would only write another audit row.
  const kept = (key: readonly unknown[]) => changed.etag !== null && key.length === one.length && key.every((part, i) => part === one[i]);
  await queryClient.invalidateQueries({ queryKey: assessmentWorkKeys.all, predicate: (query) => !kept(query.queryKey) });
}
