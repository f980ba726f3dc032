import { useMutation } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { AnswerSurveyRequest, MySurvey } from '@/lib/api/types';

/**
 * AnswerSurvey: once a year; 409 when already answered or no survey is open. The cached GetMySurvey is
 * refreshed by the confirmation page, not here: marking it answered while check answers is still on
 * screen would send the carer to the start page instead of the confirmation.
 */
export async function answerSurvey(body: AnswerSurveyRequest): Promise<MySurvey> {
  const { data } = await apiClient.POST('/api/me/carer/survey/answers', { body });
  return required(data);
}

export function useAnswerSurvey() {
  return useMutation({ mutationFn: answerSurvey });
}
