import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { CompleteSubjectAccessRequestRequest, SubjectAccessRequest } from '@/lib/api/types';
import { subjectAccessKey } from './list-subject-access-requests';

/** CompleteSubjectAccessRequest: sent or refused, with If-Match (the request's eTag). */
export async function completeSubjectAccessRequest(requestId: string, eTag: string, body: CompleteSubjectAccessRequestRequest): Promise<SubjectAccessRequest> {
  const { data } = await apiClient.POST('/api/subject-access-requests/{requestId}/completion', {
    params: { path: { requestId }, header: { 'If-Match': eTag } },
    body,
  });
  return required(data);
}

export function useCompleteSubjectAccessRequest(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eTag, body }: { eTag: string; body: CompleteSubjectAccessRequestRequest }) => completeSubjectAccessRequest(requestId, eTag, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subjectAccessKey }),
  });
}
