import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { GrantBudgetView, SetGrantBudgetRequest } from '@/lib/api/types';
import { grantBudgetKey } from './get-grant-budget';

/** SetGrantBudget: the year's whole budget in pence and the children's share. */
export async function setGrantBudget({ year, body }: { year: number; body: SetGrantBudgetRequest }): Promise<GrantBudgetView> {
  const { data } = await apiClient.PUT('/api/grant-budgets/{year}', { params: { path: { year } }, body });
  return required(data);
}

export function useSetGrantBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setGrantBudget,
    onSuccess: (view, { year }) => queryClient.setQueryData([...grantBudgetKey, year], view),
  });
}
