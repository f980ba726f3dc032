import { useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { SurveyResults } from '@/lib/api/types';

/** GetSurveyResults: counts only, with every count under 5 (and any that would reveal one) hidden. */
export async function getSurveyResults(financialYear: number, signal?: AbortSignal): Promise<SurveyResults> {
  const { data } = await apiClient.GET('/api/survey-years/{financialYear}/results', { params: { path: { financialYear } }, signal });
  return required(data);
}

export function useSurveyResults(financialYear: number) {
  return useQuery({ queryKey: ['survey-years', financialYear, 'results'], queryFn: ({ signal }) => getSurveyResults(financialYear, signal), staleTime: 0 });
}
