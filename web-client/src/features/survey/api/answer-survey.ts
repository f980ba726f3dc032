import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { AnswerSurveyRequest, MySurvey } from '@/lib/api/types';
import { mySurveyKey } from './get-my-survey';

/** AnswerSurvey: once a year; 409 when already answered or no survey is open. */
export async function answerSurvey(body: AnswerSurveyRequest): Promise<MySurvey> {
  const { data } = await apiClient.POST('/api/me/carer/survey/answers', { body });
  return required(data);
}

export function useAnswerSurvey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: answerSurvey, onSuccess: (survey) => queryClient.setQueryData(mySurveyKey, survey) });
}
