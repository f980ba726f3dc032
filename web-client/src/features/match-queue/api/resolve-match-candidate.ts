import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { ResolveMatchCandidateRequest } from '@/lib/api/types';
import { matchCandidatesKey } from './list-match-candidates';

export type ResolveMatchCandidateInput = { candidateId: string; body: ResolveMatchCandidateRequest };

export async function resolveMatchCandidate({ candidateId, body }: ResolveMatchCandidateInput): Promise<void> {
  await apiClient.POST('/api/match-candidates/{candidateId}/decision', {
    params: { path: { candidateId } },
    body,
  });
}

/**
 * ResolveMatchCandidate: merge the pair into the record kept, or keep them apart. A 409 means
 * someone else decided first, or both records have their own sign-in.
 */
export function useResolveMatchCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveMatchCandidate,
    onSuccess: async () => {
      // Awaited, so the queue shown next no longer lists the match. The decided match itself is
      // only marked stale: refetching it now would show "already decided" on the page the
      // person is just leaving. A merge changes carers' records too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...matchCandidatesKey, 'page'], refetchType: 'all' }),
        queryClient.invalidateQueries({ queryKey: [...matchCandidatesKey, 'one'], refetchType: 'none' }),
        queryClient.invalidateQueries({ queryKey: queryKeys.staffCarers }),
      ]);
    },
  });
}
