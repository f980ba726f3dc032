import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { MySurvey } from '@/lib/api/types';

export const mySurveyKey = ['me', 'survey'] as const;

/** GetMySurvey: whether a survey is open and whether the carer has answered it (never the answers). */
export async function getMySurvey(signal?: AbortSignal): Promise<MySurvey> {
  const { data } = await apiClient.GET('/api/me/carer/survey', { signal });
  return required(data);
}

export function useMySurvey(enabled = true) {
  return useQuery({ queryKey: mySurveyKey, queryFn: ({ signal }) => getMySurvey(signal), enabled, staleTime: 60_000, retry: false });
}

/** Reads GetMySurvey again (after answering), so the navigation and Your details stop offering it. */
export function useRefreshMySurvey() {
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries({ queryKey: mySurveyKey }), [queryClient]);
}
