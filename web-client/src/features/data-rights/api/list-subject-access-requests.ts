import { useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { SubjectAccessRequestPage } from '@/lib/api/types';

export const subjectAccessKey = ['subject-access-requests'] as const;

/** ListSubjectAccessRequests: open requests first by the date they must be answered, then closed ones; cursor paged. */
export async function listSubjectAccessRequests(cursor: string | undefined, signal?: AbortSignal): Promise<SubjectAccessRequestPage> {
  const { data } = await apiClient.GET('/api/subject-access-requests', { params: { query: { limit: 50, ...(cursor ? { cursor } : {}) } }, signal });
  return required(data);
}

export function useSubjectAccessRequests(cursor: string | undefined) {
  return useQuery({
    queryKey: [...subjectAccessKey, 'page', cursor ?? null],
    queryFn: ({ signal }) => listSubjectAccessRequests(cursor, signal),
    staleTime: 0,
  });
}
