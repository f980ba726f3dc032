import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { OpenSurveyYearRequest, SurveyYear } from '@/lib/api/types';
import { surveyYearsKey } from './list-survey-years';

/** OpenSurveyYear: the current financial year, until a closing date; 409 when another year is open or this one was opened before. */
export async function openSurveyYear(body: OpenSurveyYearRequest): Promise<SurveyYear> {
  const { data } = await apiClient.POST('/api/survey-years', { body });
  return required(data);
}

export function useOpenSurveyYear() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: openSurveyYear, onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyYearsKey }) });
}
