import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { MatchCandidate, MatchCandidatePage } from '@/lib/api/types';

export const matchQueuePageSize = 20;
/** The most the API gives in one page, for looking one match up. */
const largestPage = 100;

export const matchCandidatesKey = ['match-candidates'] as const;

export async function listMatchCandidates(cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<MatchCandidatePage> {
  const { data } = await apiClient.GET('/api/match-candidates', {
    params: { query: { limit, ...(cursor ? { cursor } : {}) } },
    signal,
  });
  return required(data);
}

/** ListMatchCandidates: probable matches waiting for a decision, oldest first. */
export const listMatchCandidatesQueryOptions = (cursor: string | undefined) =>
  queryOptions({
    queryKey: [...matchCandidatesKey, 'page', cursor ?? null] as const,
    queryFn: ({ signal }) => listMatchCandidates(cursor, matchQueuePageSize, signal),
    placeholderData: keepPreviousData,
    // New matches come in with every referral: read afresh on each visit.
    staleTime: 0,
  });

export function useMatchCandidates(cursor: string | undefined) {
  return useQuery(listMatchCandidatesQueryOptions(cursor));
}

/**
 * One match still waiting, found by reading the queue page by page (the contract has no read
 * of a single match). Null once it has been decided or never existed. The queue is short in
 * practice: it only holds probable matches nobody has decided yet.
 */
export async function findMatchCandidate(candidateId: string, signal?: AbortSignal): Promise<MatchCandidate | null> {
  let cursor: string | undefined;
  do {
    const page = await listMatchCandidates(cursor, largestPage, signal);
    const found = page.items.find((candidate) => candidate.id === candidateId);
    if (found) return found;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return null;
}

export const matchCandidateQueryOptions = (candidateId: string) =>
  queryOptions({
    queryKey: [...matchCandidatesKey, 'one', candidateId] as const,
    queryFn: ({ signal }) => findMatchCandidate(candidateId, signal),
  });

/** The match to decide: from the queue page that linked here when there is one, else looked up. */
export function useMatchCandidate(candidateId: string, fromQueue: MatchCandidate | undefined) {
  return useQuery({
    ...matchCandidateQueryOptions(candidateId),
    ...(fromQueue && fromQueue.id === candidateId ? { initialData: fromQueue } : {}),
  });
}
