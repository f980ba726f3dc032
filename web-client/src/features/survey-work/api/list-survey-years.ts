import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { SurveyYearPage } from '@/lib/api/types';

export const surveyYearsKey = ['survey-years'] as const;

/** ListSurveyYears: newest first, each with the eTag a manager needs to close it; cursor paged. */
export async function listSurveyYears(cursor: string | undefined, signal?: AbortSignal): Promise<SurveyYearPage> {
  const { data } = await apiClient.GET('/api/survey-years', { params: { query: { limit: 20, ...(cursor ? { cursor } : {}) } }, signal });
  return required(data);
}

export function useSurveyYears(cursor: string | undefined) {
  return useQuery({ queryKey: [...surveyYearsKey, 'page', cursor ?? null], queryFn: ({ signal }) => listSurveyYears(cursor, signal), staleTime: 0 });
}

/** After a 412: the years read again, so the page shows the year as it is now. */
export function useReloadSurveyYears() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: surveyYearsKey });
}
