import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { SurveyYear } from '@/lib/api/types';
import { surveyYearsKey } from './list-survey-years';

/** CloseSurveyYear: with If-Match (412 stale, 428 missing, 409 already closed). */
export async function closeSurveyYear({ financialYear, etag }: { financialYear: number; etag: string }): Promise<SurveyYear> {
  const { data } = await apiClient.POST('/api/survey-years/{financialYear}/close', { params: { path: { financialYear }, header: { 'If-Match': etag } } });
  return required(data);
}

export function useCloseSurveyYear() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeSurveyYear, onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyYearsKey }) });
}
