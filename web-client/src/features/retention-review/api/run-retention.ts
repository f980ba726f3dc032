import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { RetentionRun } from '@/lib/api/types';
import { retentionKey } from './list-retention-reviews';

/** RunRetention: a dry run counts and changes nothing; a live run lists and anonymises approved records (409 while one runs). */
export async function runRetention({ dryRun }: { dryRun: boolean }): Promise<RetentionRun> {
  const { data } = await apiClient.POST('/api/retention/runs', { body: { dryRun } });
  return required(data);
}

export function useRunRetention() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: runRetention, onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKey }) });
}
