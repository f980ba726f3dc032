import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { SetGrantBudgetRequest } from '@/lib/api/types';
import { grantBudgetKey, type VersionedBudget } from './get-grant-budget';

/** SetGrantBudget at the version read (If-Match; "v0" for a year's first): the year's whole budget in pence and the children's share. */
export async function setGrantBudget({ year, eTag, body }: { year: number; eTag: string; body: SetGrantBudgetRequest }): Promise<VersionedBudget> {
  const { data, response } = await apiClient.PUT('/api/grant-budgets/{year}', { params: { path: { year }, header: { 'If-Match': eTag } }, body });
  return { view: required(data), eTag: etagOf(response) ?? eTag };
}

export function useSetGrantBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setGrantBudget,
    onSuccess: (budget, { year }) => queryClient.setQueryData([...grantBudgetKey, year], budget),
  });
}
