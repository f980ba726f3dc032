import { useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { SubjectAccessRequest } from '@/lib/api/types';
import { subjectAccessKey } from './list-subject-access-requests';

/** GetSubjectAccessRequest: one request, with its ETag for If-Match (the eTag field carries it too). */
export async function getSubjectAccessRequest(requestId: string, signal?: AbortSignal): Promise<SubjectAccessRequest> {
  const { data } = await apiClient.GET('/api/subject-access-requests/{requestId}', { params: { path: { requestId } }, signal });
  return required(data);
}

export function useSubjectAccessRequest(requestId: string) {
  return useQuery({
    queryKey: [...subjectAccessKey, 'one', requestId],
    queryFn: ({ signal }) => getSubjectAccessRequest(requestId, signal),
    staleTime: 0,
  });
}
