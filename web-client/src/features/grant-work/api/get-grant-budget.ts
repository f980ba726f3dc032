import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '@/lib/api/api-error';
import { apiClient, required } from '@/lib/api/client';
import type { GrantBudgetView } from '@/lib/api/types';

export const grantBudgetKey = ['grant-budgets'] as const;

/** GetGrantBudget: a financial year's pots, or null when no budget is set for it yet (404). */
export async function getGrantBudget(year: number, signal?: AbortSignal): Promise<GrantBudgetView | null> {
  try {
    const { data } = await apiClient.GET('/api/grant-budgets/{year}', { params: { path: { year } }, signal });
    return required(data);
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export const getGrantBudgetQueryOptions = (year: number) =>
  queryOptions({ queryKey: [...grantBudgetKey, year], queryFn: ({ signal }) => getGrantBudget(year, signal), staleTime: 0 });

export function useGrantBudget(year: number) {
  return useQuery(getGrantBudgetQueryOptions(year));
}
