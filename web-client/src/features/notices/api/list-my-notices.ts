import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { CarerNotice } from '@/lib/api/types';

export type NoticePage = { items: CarerNotice[]; nextCursor?: string | null };

export const myNoticesKey = ['me', 'notices'] as const;

/** ListMyNotices: a page of the notices sent (or being sent) to the carer, newest first. */
export async function listMyNotices(cursor: string | undefined, signal?: AbortSignal): Promise<NoticePage> {
  const { data } = await apiClient.GET('/api/me/notices', { params: { query: { limit: 10, cursor } }, signal });
  return required(data);
}

export const listMyNoticesQueryOptions = (cursor: string | undefined) =>
  queryOptions({ queryKey: [...myNoticesKey, cursor ?? ''], queryFn: ({ signal }) => listMyNotices(cursor, signal), staleTime: 0 });

export function useMyNotices(cursor: string | undefined) {
  return useQuery(listMyNoticesQueryOptions(cursor));
}
