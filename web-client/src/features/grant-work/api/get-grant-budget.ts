import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '@/lib/api/api-error';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { GrantBudgetView } from '@/lib/api/types';

export const grantBudgetKey = ['grant-budgets'] as const;

/** A year with no budget yet is at version 0: its first SetGrantBudget sends If-Match "v0" (decision 0030). */
export const noBudgetETag = '"v0"';

export type VersionedBudget = { view: GrantBudgetView | null; eTag: string };

/** GetGrantBudget: a financial year's pots and the ETag to set it with, or no view when no budget is set yet (404). */
export async function getGrantBudget(year: number, signal?: AbortSignal): Promise<VersionedBudget> {
  try {
    const { data, response } = await apiClient.GET('/api/grant-budgets/{year}', { params: { path: { year } }, signal });
    return { view: required(data), eTag: etagOf(response) ?? noBudgetETag };
  } catch (error) {
    if (isApiError(error) && error.status === 404) return { view: null, eTag: noBudgetETag };
    throw error;
  }
}

export const getGrantBudgetQueryOptions = (year: number) =>
  queryOptions({ queryKey: [...grantBudgetKey, year], queryFn: ({ signal }) => getGrantBudget(year, signal), staleTime: 0 });

export function useGrantBudget(year: number) {
  return useQuery(getGrantBudgetQueryOptions(year));
}
