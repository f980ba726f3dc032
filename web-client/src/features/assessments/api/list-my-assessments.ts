import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { Assessment } from '@/lib/api/types';
import { assessmentKeys } from './keys';

/** ListMyAssessments: the carer's assessments, newest first. */
export async function listMyAssessments(signal?: AbortSignal): Promise<Assessment[]> {
  const { data } = await apiClient.GET('/api/me/carer/assessments', { signal });
  return required(data).items;
}

export const listMyAssessmentsQueryOptions = () =>
  queryOptions({ queryKey: assessmentKeys.all, queryFn: ({ signal }) => listMyAssessments(signal), staleTime: 0 });

export function useMyAssessments() {
  return useQuery(listMyAssessmentsQueryOptions());
}
